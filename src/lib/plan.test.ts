import { beforeAll, describe, expect, it } from 'vitest';
import { buildAdminDocument } from './plan-document';
import { schoolYearOf, stripForbidden, validatePlanForm, type Activity, type PlanFormValues, type PlanTemplate } from './plan';
import { loadActivities, loadTemplate, VALUES } from '../../tests/support/plan-fixture';
import { textWidth } from './text-width';
import { PAGE_MM } from './plan-docx';

let template: PlanTemplate;
let activities: Activity[];
beforeAll(async () => {
  template = await loadTemplate();
  activities = loadActivities();
});

function valid(values: PlanFormValues) {
  const result = validatePlanForm(values, activities);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}
const texts = (values: PlanFormValues) => buildAdminDocument(valid(values), template).blocks.map((b) => b.text);

describe('schoolYearOf', () => {
  it('gives the school year of the day the page runs, turning in July', () => {
    expect(schoolYearOf(new Date(2026, 10, 29))).toBe('2026 - 2027');
    expect(schoolYearOf(new Date(2027, 0, 5))).toBe('2026 - 2027');
    expect(schoolYearOf(new Date(2027, 5, 30))).toBe('2026 - 2027');
    expect(schoolYearOf(new Date(2027, 6, 1))).toBe('2027 - 2028');
  });
});

describe('validatePlanForm', () => {
  it('accepts a complete form, normalising spaces and NFD input', () => {
    const input = valid({ ...VALUES, tenTruong: '  Trường Mầm non   Hồng Dương '.normalize('NFD'), namHoc: '2026-2027' });
    expect(input.tenTruong).toBe('Trường Mầm non Hồng Dương');
    expect(input.namHoc).toEqual({ from: 2026, to: 2027 });
    expect(input.deadlines).toEqual({ half: { day: 10, month: 6 }, year: { day: 20, month: 11 } });
    expect(input.activities.map((a) => a.id).sort()).toEqual([...VALUES.hoatDong].sort());
  });

  it('names every missing or malformed field in Vietnamese', () => {
    const result = validatePlanForm(
      {
        ...VALUES,
        tenTruong: ' ',
        xaPhuong: 'Hồng Dương',
        tinhThanh: 'Hà Nội',
        hieuTruong: '',
        namHoc: '2026 - 2028',
        soVanBan: '15a',
        vietTat: 'mn hd',
        hanBaoCao6Thang: '31/6',
        hoatDong: [],
      },
      activities,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'hanBaoCao6Thang',
      'hieuTruong',
      'hoatDong',
      'namHoc',
      'soVanBan',
      'tenTruong',
      'tinhThanh',
      'vietTat',
      'xaPhuong',
    ]);
    expect(result.errors.xaPhuong).toContain('ví dụ: xã Hoa Sen');
    expect(result.errors.namHoc).toBe('Năm học phải có dạng 2026 - 2027 (hai năm liền nhau).');
  });

  it('refuses the former district office as the managing body', () => {
    const result = validatePlanForm({ ...VALUES, coQuanChuQuan: 'Phòng Giáo dục và Đào tạo huyện Thanh Oai' }, activities);
    expect(!result.ok && result.errors.coQuanChuQuan).toContain('Từ ngày 01/7/2025 không còn Phòng Giáo dục và Đào tạo cấp huyện');
    expect(validatePlanForm({ ...VALUES, coQuanChuQuan: 'Phòng GD&ĐT Văn Giang' }, activities).ok).toBe(false);
  });

  it('requires the deadline of the report being made, not of the other', () => {
    const noDeadlines = { ...VALUES, hanBaoCao6Thang: '', hanBaoCaoNam: '' };
    expect(validatePlanForm(noDeadlines, activities).ok).toBe(true);
    const half = validatePlanForm({ ...noDeadlines, loai: 'bao-cao-6-thang' }, activities);
    expect(!half.ok && Object.keys(half.errors)).toEqual(['hanBaoCao6Thang']);
    expect(validatePlanForm({ ...noDeadlines, loai: 'bao-cao-nam', hanBaoCaoNam: '20/11' }, activities).ok).toBe(true);
  });

  it('refuses over-long fields with a Vietnamese message, counting characters not bytes', () => {
    const result = validatePlanForm({ ...VALUES, tenTruong: 'Trường '.repeat(20) }, activities);
    expect(!result.ok && result.errors.tenTruong).toBe('Tên trường dài quá: tối đa 100 ký tự, hiện có 140. Hãy viết gọn lại.');
    expect(validatePlanForm({ ...VALUES, tenTruong: 'Trường Mầm non Hồng Dương Đông'.padEnd(100, 'ơ') }, activities).ok).toBe(true);
  });

  it('drops control characters and noncharacters such as U+FFFE, U+FFFF that break a Word file', () => {
    expect(stripForbidden('Trường\uFFFE Mầm\uFFFF non\u0007\u000C\uFDD0 A\u{1FFFF}\uD800')).toBe('Trường Mầm non A');
    const input = valid({ ...VALUES, tenTruong: 'Trường Mầm non\uFFFF Hồng\uFFFE Dương', chiTieu: 'Một\u0000 chỉ tiêu\n\nHai' });
    expect(input.tenTruong).toBe('Trường Mầm non Hồng Dương');
    expect(input.targets).toEqual(['Một chỉ tiêu', 'Hai']);
  });
});

describe('buildAdminDocument: the plan', () => {
  it('has the header of Nghị định 30/2020: managing body, school, number, place without "xã"', () => {
    const doc = buildAdminDocument(valid(VALUES), template);
    expect(doc.managingBody).toBe('ỦY BAN NHÂN DÂN XÃ HỒNG DƯƠNG');
    expect(doc.issuer).toBe('TRƯỜNG MẦM NON HỒNG DƯƠNG');
    expect(doc.number).toBe('Số: 15/KH-MNHD');
    expect(buildAdminDocument(valid({ ...VALUES, soVanBan: '5' }), template).number).toBe('Số: 05/KH-MNHD');
    expect(doc.placeDate).toBe('Hồng Dương, ngày …… tháng …… năm 2026');
    expect(doc.title).toBe('KẾ HOẠCH');
    expect(doc.subtitle).toEqual(['Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ', 'năm học 2026 - 2027']);
    expect(doc.recipients[0]).toBe('- Ủy ban nhân dân xã Hồng Dương (để báo cáo);');
    expect(doc.recipients.at(-1)).toBe('- Lưu: VT.');
    expect(doc.signerName).toBe('Nguyễn Thị Bích Hòa');
    expect(doc.fileName).toBe('ke-hoach-binh-dang-gioi-mnhd-2026-2027.docx');
  });

  it("cites the library documents with their numbers and dates, then the school's own line", () => {
    const doc = buildAdminDocument(valid(VALUES), template);
    expect(doc.basis[0]).toBe('Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;');
    expect(doc.basis).toContain(
      'Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;',
    );
    expect(doc.basis.some((line) => line.startsWith('Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26 tháng 01 năm 2022'))).toBe(true);
    expect(doc.basis.at(-1)).toMatch(/^Căn cứ …+ \(văn bản của tỉnh/);
    const local = buildAdminDocument(
      valid({ ...VALUES, canCuDiaPhuong: 'Kế hoạch số 12/KH-UBND ngày 05/9/2026 của Ủy ban nhân dân xã Hồng Dương.\n' }),
      template,
    );
    expect(local.basis.at(-1)).toBe('Căn cứ Kế hoạch số 12/KH-UBND ngày 05/9/2026 của Ủy ban nhân dân xã Hồng Dương;');
  });

  it('has every part of a plan: purpose, targets, content by group with time, funding, tasks, reporting', () => {
    const doc = buildAdminDocument(valid(VALUES), template);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CHỈ TIÊU',
      'III. NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN',
      'IV. KINH PHÍ',
      'V. TỔ CHỨC THỰC HIỆN',
      'VI. CHẾ ĐỘ BÁO CÁO',
    ]);
    const all = doc.blocks.map((b) => b.text);
    expect(all).toContain(
      '- Xây dựng kế hoạch bình đẳng giới của trường, đặt chỉ tiêu phù hợp với thực tế của trường (thời gian: tháng 8 – tháng 10).',
    );
    expect(
      all.some((t) => t.startsWith('- Xây dựng kế hoạch và tổ chức Tháng hành động') && t.endsWith('(thời gian: từ 15/11 đến 15/12).')),
    ).toBe(true);
    expect(all).toContain(
      'Ban vì sự tiến bộ của phụ nữ tổng hợp kết quả, tham mưu Hiệu trưởng báo cáo định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 20/11) về Ủy ban nhân dân xã Hồng Dương; báo cáo đột xuất khi có yêu cầu.',
    );
    // The reporting tasks make the reporting section, not an item of content.
    expect(all.some((t) => t.startsWith('- Gửi báo cáo'))).toBe(false);
    // No placeholder is left unfilled.
    for (const text of [...all, ...doc.basis, ...doc.recipients]) expect(text).not.toMatch(/\{\w+\}/);
  });

  it('offers content suited to the level: play corners in kindergarten, career choice in lower secondary', () => {
    const mamNon = texts(VALUES).join('\n');
    expect(mamNon).toContain('góc chơi');
    expect(mamNon).toContain('cha mẹ trẻ');
    expect(mamNon).not.toContain('nghề nghiệp');
    const thcs = texts({ ...VALUES, capHoc: 'thcs' }).join('\n');
    expect(thcs).toContain('định hướng nghề nghiệp');
    expect(thcs).toContain('cha mẹ học sinh');
    expect(thcs).not.toContain('góc chơi');
    const doc = buildAdminDocument(valid({ ...VALUES, capHoc: 'tieu-hoc' }), template);
    const suggestions = doc.blocks.filter((b) => b.suggestion);
    expect(suggestions.length).toBeGreaterThan(3);
    for (const block of suggestions) expect(block.cites?.length, block.text).toBeGreaterThan(0);
  });

  it("writes the school's own targets, or lines to fill — never a national figure", () => {
    const own = texts({ ...VALUES, chiTieu: '100% cán bộ, giáo viên được tuyên truyền\n- Tổ chức 3 hoạt động trong Tháng hành động.' });
    expect(own).toContain('- 100% cán bộ, giáo viên được tuyên truyền.');
    expect(own).toContain('- Tổ chức 3 hoạt động trong Tháng hành động.');
    const blank = texts(VALUES);
    const targets = blank.slice(blank.indexOf('II. CHỈ TIÊU') + 2, blank.indexOf('III. NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN'));
    expect(targets).toHaveLength(3);
    for (const line of targets) expect(line).toMatch(/^- …+$/);
    for (const example of template.targetExamples) expect(example).not.toMatch(/\d+\s*%/);
  });
});

describe('buildAdminDocument: the reports cover their own period', () => {
  const all = [...VALUES.hoatDong, 'ngay-25-11', 'hoi-nghi-can-bo-nu', 'khen-thuong', 'bao-cao-nam', 'quy-hoach-can-bo-nu'];

  it('the 6-month report: only what was done from January to before its deadline; the rest comes next', () => {
    const doc = buildAdminDocument(valid({ ...VALUES, loai: 'bao-cao-6-thang', capHoc: 'thcs', hoatDong: all }), template);
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.subtitle[1]).toBe('6 tháng đầu năm 2027');
    expect(doc.placeDate).toMatch(/năm 2027$/);
    expect(doc.addressee).toBe('Kính gửi: Ủy ban nhân dân xã Hồng Dương');
    expect(doc.basis).toEqual([]);
    const text = doc.blocks.map((b) => b.text);
    const results = text.slice(text.indexOf('2. Kết quả thực hiện các hoạt động trong kỳ'), text.indexOf('3. Đánh giá chung'));
    const next = text.slice(text.indexOf('V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI'), text.indexOf('VI. KIẾN NGHỊ, ĐỀ XUẤT'));
    const has = (lines: string[], start: string) => lines.some((l) => l.startsWith(`- ${start}`));
    // March and the spring conference are in; the Action Month, 25/11, 28/6 and end-of-year awards are not.
    expect(has(results, 'Lồng ghép kiến thức về giới, bình đẳng giới vào các dịp')).toBe(true);
    expect(has(results, 'Tổ chức hội nghị về công tác cán bộ nữ')).toBe(true);
    expect(has(results, 'Truyền thông về chính sách, pháp luật')).toBe(true);
    for (const later of [
      'Xây dựng kế hoạch và tổ chức Tháng hành động',
      'Tổ chức hoạt động truyền thông nhân Ngày quốc tế',
      'Truyền thông về bình đẳng giới nhân Ngày Gia đình',
      'Biểu dương, khen thưởng',
    ]) {
      expect(has(results, later), later).toBe(false);
      expect(has(next, later), later).toBe(true);
    }
    // Sending a report is not a result to report on.
    expect(text.join('\n')).not.toContain('Gửi báo cáo kết quả');
    expect(results).toContain('Số hoạt động: ……; lượt người tham gia: …… (nữ: ……); kết quả: ……');
    for (const heading of ['III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', 'IV. BÀI HỌC KINH NGHIỆM', 'VI. KIẾN NGHỊ, ĐỀ XUẤT'])
      expect(text).toContain(heading);
    expect(text).toContain('- Tổng số học sinh: ……, trong đó học sinh nữ: …….');
  });

  it('the annual report: the year up to its deadline, the Action Month that starts just before it comes next', () => {
    const doc = buildAdminDocument(valid({ ...VALUES, loai: 'bao-cao-nam', hoatDong: all }), template);
    expect(doc.subtitle[1]).toBe('năm 2026');
    expect(doc.fileName).toBe('bao-cao-nam-binh-dang-gioi-mnhd-2026.docx');
    const text = doc.blocks.map((b) => b.text);
    const results = text.slice(text.indexOf('2. Kết quả thực hiện các hoạt động trong kỳ'), text.indexOf('3. Đánh giá chung')).join('\n');
    expect(results).toContain('Truyền thông về bình đẳng giới nhân Ngày Gia đình Việt Nam 28/6');
    expect(results).toContain('Xây dựng kế hoạch bình đẳng giới của trường');
    expect(results).not.toContain('Tháng hành động vì bình đẳng giới và phòng ngừa');
    expect(results).not.toContain('Gửi báo cáo');
    const next = text.slice(text.indexOf('V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI')).join('\n');
    expect(next).toContain('Xây dựng kế hoạch và tổ chức Tháng hành động');
    expect(next.indexOf('Tháng hành động')).toBeLessThan(next.indexOf('Ngày quốc tế xóa bỏ bạo lực'));
  });
});

describe('lines left to fill', () => {
  it('a line of dots fits on one line of the page, so Word never wraps dots alone onto a new line', () => {
    const MM = 72 / 25.4;
    const lineWidth = (PAGE_MM.width - PAGE_MM.left - PAGE_MM.right - 12.7) * MM;
    for (const loai of ['ke-hoach', 'bao-cao-6-thang', 'bao-cao-nam']) {
      const doc = buildAdminDocument(valid({ ...VALUES, loai, hoatDong: activities.map((a) => a.id) }), template);
      const dotted = doc.blocks.filter((b) => /^[^…]{0,40}…{6,}[^…]{0,3}$/.test(b.text));
      expect(dotted.length, loai).toBeGreaterThan(0);
      for (const block of dotted)
        expect(textWidth(block.text, block.kind === 'paragraph' ? 'regular' : 'bold', 14), block.text).toBeLessThanOrEqual(lineWidth);
    }
    // The line for a report's figures stays on one line too.
    expect(textWidth(template.resultLine, 'regular', 14)).toBeLessThanOrEqual(lineWidth);
  });
});
