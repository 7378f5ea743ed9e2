/** Glue for line breaking: what bindText keeps together, and that it changes nothing visible. */
import { describe, expect, it } from 'vitest';
import { NBSP, WORD_JOINER, bindSchoolName, bindText, unbindText } from './bind';

const show = (text: string) => text.replaceAll(NBSP, '·').replaceAll(WORD_JOINER, '+');

describe('bindText', () => {
  it('turns the author marker into a no-break space', () => {
    expect(show(bindText('xây~dựng một lớp học'))).toBe('xây·dựng một lớp·học');
  });

  it('keeps document numbers, dates and hyphenated words whole', () => {
    // The last two words stay apart here: together they would be too long for a narrow line.
    expect(show(bindText('Luật 73/2006/QH11 và Nghị định 56/2017/NĐ-CP nay'))).toBe(
      'Luật·73/+2006/+QH11 và Nghị·định·56/+2017/+NĐ-+CP nay',
    );
    expect(show(bindText('từ 15/11–15/12 hằng năm'))).toBe('từ·15/+11–+15/+12 hằng·năm');
    expect(show(bindText('in áp-phích ngay'))).toBe('in áp-+phích·ngay');
    // A token too long for a line whole keeps its break opportunities.
    expect(show(bindText('xem truong-mam-non-hoa-sen.edu.vn/tai-lieu nhé'))).toBe('xem truong-mam-non-hoa-sen.edu.vn/tai-lieu nhé');
  });

  it('binds a number to the word before it: Điều, khoản, Tổng đài', () => {
    expect(show(bindText('theo khoản 1 Điều 23 đó'))).toBe('theo khoản·1·Điều·23·đó');
    expect(show(bindText('gọi Tổng đài 111 ngay'))).toBe('gọi Tổng·đài·111·ngay');
    expect(show(bindText('theo điểm a khoản 2 nhé'))).toBe('theo điểm·a khoản·2·nhé');
  });

  it('binds common compounds in any case, as whole words only', () => {
    expect(show(bindText('Nói không với bạo lực trên cơ sở giới'))).toBe('Nói không với bạo·lực trên·cơ·sở·giới');
    expect(show(bindText('TRƯỜNG MẦM NON HOA SEN'))).toBe('TRƯỜNG MẦM·NON HOA·SEN');
    expect(show(bindText('Bình đẳng giới bắt đầu từ lớp học.'))).toBe('Bình·đẳng·giới bắt đầu từ lớp·học.');
    // The career poster's title once broke "ước / mơ"; the tri-fold's citations "Nghị / định", "Thông / tư".
    expect(show(bindText('khoản 4 Điều 4 Thông tư 43/2021/TT-BCA.'))).toBe('khoản·4·Điều·4 Thông·tư·43/+2021/+TT-+BCA.');
    // Page titles on share images: "Ví dụ từ Công / văn 85".
    expect(show(bindText('Ví dụ từ Công văn 85 năm 2022'))).toBe('Ví dụ từ Công·văn·85 năm·2022');
    expect(show(bindText('bạo lực trên cơ sở giới 2021–2025 nhé'))).toBe('bạo·lực trên cơ·sở·giới·2021–+2025 nhé');
    expect(show(bindText('theo khả năng và ước mơ, không theo'))).toBe('theo khả năng và ước·mơ, không·theo');
    // "học sinh" must not be found inside "học sinhh" or across other letters.
    expect(show(bindText('xhọc sinh ab cd'))).toBe('xhọc sinh ab·cd');
  });

  it('is idempotent and only changes spacing characters', () => {
    const text = 'Căn cứ: khoản 1, khoản 2 Điều 14 Luật Bình đẳng giới (73/2006/QH11).';
    expect(bindText(bindText(text))).toBe(bindText(text));
    expect(unbindText(bindText(text))).toBe(text);
  });
});

describe('bindSchoolName', () => {
  it('keeps the proper name after the kind of school together', () => {
    expect(show(bindSchoolName('TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN BỈNH KHIÊM'))).toBe('TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN·BỈNH·KHIÊM');
    expect(show(bindSchoolName('Trường Mầm non Hoa Sen'))).toBe('Trường Mầm non Hoa·Sen');
    expect(show(bindSchoolName('Trường THCS Lê Quý Đôn'))).toBe('Trường THCS Lê·Quý·Đôn');
  });

  it('falls back to the last two words when no kind of school is recognised', () => {
    expect(show(bindSchoolName('Trường Hoa Sen'))).toBe('Trường Hoa·Sen');
  });
});
