import { describe, expect, it } from 'vitest';
import { summaryLine } from './document-summary';

const today = new Date('2026-11-29T12:00:00+07:00');

describe('summaryLine', () => {
  it('gives number, date and a dated status in one line', () => {
    expect(
      summaryLine(
        {
          soHieu: '73/2006/QH11',
          ngayBanHanh: '29/11/2006',
          tinhTrang: 'con-hieu-luc',
          hieuLucTheo: { ten: 'Bộ Pháp điển điện tử', ngayKiemTra: '22/11/2026' },
        },
        today,
      ),
    ).toBe('73/2006/QH11 · 29/11/2006 · Còn hiệu lực — theo Bộ Pháp điển điện tử, kiểm tra 22/11/2026');
  });

  it('says so when a school plan has no number or date, and when a period has ended', () => {
    expect(summaryLine({ soHieu: null, ngayBanHanh: null, tinhTrang: 'chua-kiem-chung' }, today)).toBe(
      'Không ghi số hiệu · không ghi ngày · Hiệu lực chưa kiểm chứng',
    );
    expect(
      summaryLine(
        { soHieu: '2232/QĐ-TTg', ngayBanHanh: '28/12/2020', tinhTrang: 'chua-kiem-chung', giaiDoan: { tu: 2021, den: 2025 } },
        today,
      ),
    ).toBe('2232/QĐ-TTg · 28/12/2020 · Hiệu lực chưa kiểm chứng · Giai đoạn 2021–2025 đã kết thúc');
  });
});
