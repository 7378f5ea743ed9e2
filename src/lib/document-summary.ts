/**
 * A document in one line at the top of its page, so a phone shows the text, not a panel:
 * number · date · status · period ("73/2006/QH11 · 29/11/2006 · Còn hiệu lực — theo …, kiểm tra …").
 * The status is the same wording as the badges: never "Còn hiệu lực" without who says so and when.
 */
import type { DocumentData } from './content-schema';
import { documentStatus } from './document-status';

type SummaryFields = Pick<DocumentData, 'soHieu' | 'ngayBanHanh' | 'tinhTrang' | 'hieuLucTheo' | 'giaiDoan'>;

export function summaryLine(data: SummaryFields, today: Date): string {
  const status = documentStatus(data, today);
  return [data.soHieu ?? 'Không ghi số hiệu', data.ngayBanHanh ?? 'không ghi ngày', status.validity, status.period?.label]
    .filter(Boolean)
    .join(' · ');
}
