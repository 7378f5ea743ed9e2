import { describe, expect, it } from 'vitest';
import { summaryLine } from './document-summary';

describe('summaryLine', () => {
  it('gives number, date and status in one line', () => {
    expect(summaryLine({ soHieu: '73/2006/QH11', ngayBanHanh: '29/11/2006' }, 'Còn hiệu lực — theo X, kiểm tra 22/11/2026')).toBe(
      '73/2006/QH11 · 29/11/2006 · Còn hiệu lực — theo X, kiểm tra 22/11/2026',
    );
  });

  it('says so when a school plan has no number or date', () => {
    expect(summaryLine({ soHieu: null, ngayBanHanh: null }, 'Hiệu lực chưa kiểm chứng')).toBe(
      'Không ghi số hiệu · không ghi ngày · Hiệu lực chưa kiểm chứng',
    );
  });
});
