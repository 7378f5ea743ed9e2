/**
 * What a page may say about a document's validity and period. "Còn hiệu lực" is only ever said
 * together with who says so and when it was checked (the schema requires both).
 */
import type { DocumentData } from './content-schema';
import { periodStatus, type PeriodStatus } from './period';
import { TINH_TRANG } from './taxonomy';

export interface DocumentStatus {
  /** "Còn hiệu lực — theo Bộ Pháp điển điện tử, kiểm tra 22/11/2026" or "Hiệu lực chưa kiểm chứng". */
  validity: string;
  verified: boolean;
  period?: PeriodStatus;
}

type StatusFields = Pick<DocumentData, 'tinhTrang' | 'hieuLucTheo' | 'giaiDoan'>;

export function documentStatus(data: StatusFields, today: Date): DocumentStatus {
  const label = TINH_TRANG[data.tinhTrang];
  const verified = data.tinhTrang !== 'chua-kiem-chung' && data.hieuLucTheo !== undefined;
  return {
    validity: verified
      ? `${label} — theo ${data.hieuLucTheo!.ten}, kiểm tra ${data.hieuLucTheo!.ngayKiemTra}`
      : TINH_TRANG['chua-kiem-chung'],
    verified,
    period: data.giaiDoan && periodStatus(data.giaiDoan, today),
  };
}
