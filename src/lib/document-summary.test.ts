import { describe, expect, it } from 'vitest';
import { summaryLine } from './document-summary';

describe('summaryLine', () => {
  it('gives kind and number, date and status in one line', () => {
    const line = summaryLine(
      { loai: 'luat', soHieu: '73/2006/QH11', ngayBanHanh: '29/11/2006' },
      { validity: 'Còn hiệu lực — theo X, kiểm tra 22/11/2026' },
    );
    expect(line.name + line.rest).toBe('Luật 73/2006/QH11 · 29/11/2006 · Còn hiệu lực — theo X, kiểm tra 22/11/2026');
    expect(line.name).toBe('Luật 73/2006/QH11');
  });

  it('says so when a school plan has no number or date, and when a period has ended', () => {
    const plan = summaryLine({ loai: 'ke-hoach', soHieu: null, ngayBanHanh: null }, { validity: 'Hiệu lực chưa kiểm chứng' });
    expect(plan.name + plan.rest).toBe('Không ghi số hiệu · không ghi ngày · Hiệu lực chưa kiểm chứng');
    const programme = summaryLine(
      { loai: 'quyet-dinh', soHieu: '2232/QĐ-TTg', ngayBanHanh: '28/12/2020' },
      { validity: 'Hiệu lực chưa kiểm chứng', period: { ended: true, label: 'Giai đoạn 2021–2025 đã kết thúc' } },
    );
    expect(programme.rest).toBe(' · 28/12/2020 · Hiệu lực chưa kiểm chứng · Giai đoạn 2021–2025 đã kết thúc');
  });
});
