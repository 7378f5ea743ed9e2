import { describe, expect, it } from 'vitest';
import { breakName } from './name-lines';
import { textWidth } from './text-width';

const CM = 72 / 2.54;
/** The left column of the header: 6.75 cm as in Nghị định 30/2020's sample, less the cell padding. */
const COLUMN = 6.75 * CM - 2 * 0.19 * CM;
const bold12 = (text: string) => textWidth(text, 'bold', 12);
const regular12 = (text: string) => textWidth(text, 'regular', 12);

describe('textWidth', () => {
  it('measures Times New Roman like the font files (checked against Liberation Serif)', () => {
    // Widths without kerning (Word sets none unless asked), so a little wider than a kerned layout.
    expect(bold12('TRƯỜNG MẦM NON HOA SEN') / CM).toBeCloseTo(6.16, 1);
    expect(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 13) / CM).toBeCloseTo(9.57, 1);
    // A character outside the table counts as wide as "M", never as zero.
    expect(textWidth('☃', 'regular', 10)).toBe(textWidth('M', 'regular', 10));
  });
});

describe('breakName', () => {
  it('keeps a name that fits on one line', () => {
    expect(breakName('TRƯỜNG MẦM NON HOA SEN', COLUMN, bold12)).toEqual(['TRƯỜNG MẦM NON HOA SEN']);
  });

  it('breaks between the kind of school and its name, never inside either', () => {
    expect(breakName('TRƯỜNG MẦM NON HOA SEN', 5.5 * CM, bold12)).toEqual(['TRƯỜNG MẦM NON', 'HOA SEN']);
    expect(breakName('TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN BỈNH KHIÊM', COLUMN, bold12)).toEqual(['TRƯỜNG TRUNG HỌC CƠ SỞ', 'NGUYỄN BỈNH KHIÊM']);
    expect(breakName('TRƯỜNG MẦM NON HỒNG DƯƠNG', COLUMN, bold12)).toEqual(['TRƯỜNG MẦM NON', 'HỒNG DƯƠNG']);
    // "TRUNG HỌC CƠ SỞ PHỤNG CÔNG" is too wide for one line: three lines, each a whole part.
    expect(breakName('TRƯỜNG TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ PHỤNG CÔNG', COLUMN, bold12)).toEqual([
      'TRƯỜNG TIỂU HỌC',
      'VÀ TRUNG HỌC CƠ SỞ',
      'PHỤNG CÔNG',
    ]);
  });

  it('puts "ỦY BAN NHÂN DÂN" on its own line and keeps "XÃ", "PHƯỜNG" with the place', () => {
    expect(breakName('ỦY BAN NHÂN DÂN XÃ VĂN GIANG', COLUMN, regular12)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ VĂN GIANG']);
    expect(breakName('ỦY BAN NHÂN DÂN PHƯỜNG HOÀNG LIỆT', COLUMN, regular12)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNG LIỆT']);
    expect(breakName('ỦY BAN NHÂN DÂN XÃ HỒNG DƯƠNG', COLUMN, regular12)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ HỒNG DƯƠNG']);
  });

  it('splits a name too long for a line evenly, never leaving one syllable alone', () => {
    const long = 'TRƯỜNG MẦM NON NGUYỄN THỊ MINH KHAI PHƯƠNG LIỆT ĐÔNG';
    const lines = breakName(long, COLUMN, bold12);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) {
      expect(bold12(line)).toBeLessThanOrEqual(COLUMN);
      expect(line.split(' ').length).toBeGreaterThan(1);
    }
    expect(lines[0]).toBe('TRƯỜNG MẦM NON');
  });
});
