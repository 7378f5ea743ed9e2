import { describe, expect, it } from 'vitest';
import { documentStatus } from './document-status';

const today = new Date('2026-11-29T12:00:00+07:00');

describe('documentStatus', () => {
  it('says "Còn hiệu lực" only with who says so and the check date', () => {
    const status = documentStatus(
      { tinhTrang: 'con-hieu-luc', hieuLucTheo: { ten: 'Bộ Pháp điển điện tử', ngayKiemTra: '22/11/2026' } },
      today,
    );
    expect(status).toEqual({
      validity: 'Còn hiệu lực — theo Bộ Pháp điển điện tử, kiểm tra 22/11/2026',
      verified: true,
      period: undefined,
    });
  });

  it('falls back to "chưa kiểm chứng" when the claim has no dated source', () => {
    expect(documentStatus({ tinhTrang: 'con-hieu-luc' }, today).validity).toBe('Hiệu lực chưa kiểm chứng');
    expect(documentStatus({ tinhTrang: 'chua-kiem-chung' }, today)).toMatchObject({
      validity: 'Hiệu lực chưa kiểm chứng',
      verified: false,
    });
  });

  it('computes whether the programme period has ended', () => {
    expect(documentStatus({ tinhTrang: 'chua-kiem-chung', giaiDoan: { tu: 2021, den: 2025 } }, today).period).toEqual({
      ended: true,
      label: 'Giai đoạn 2021–2025 đã kết thúc',
    });
  });
});
