/**
 * The content check (src/lib/content-check/) on broken copies of content/: every problem names the
 * file, the line where known, the field, what is wrong and the fix, in Vietnamese. It runs before
 * Astro loads content in every build (tests/bad-content.test.ts proves that wiring).
 */
import { describe, expect, it } from 'vitest';
import { checkContent, assertContent } from '../src/lib/content-check';
import { ContentError, describeProblem, type ContentProblem } from '../src/lib/content-error';
import { copyContent } from './support/content-fixture';
import { brokenContentCases } from './fixtures/broken-content';
import { ROOT } from './support/paths';
import path from 'node:path';
import { rmSync } from 'node:fs';

const POSTER = 'an-pham/thang-hanh-dong-pa-no.yaml';
const LAW = 'van-ban/luat-binh-dang-gioi-2006.md';
const EXPLAINER = 'huong-dan/binh-dang-gioi-o-truong-hoc.mdx';

/** Problems of one file of the copy, with its path shortened to the part under content/. */
function problemsOf(root: string, file: string): ContentProblem[] {
  return checkContent(root)
    .filter((p) => p.file.endsWith(`content/${file}`))
    .map((p) => ({ ...p, file: `content/${file}` }));
}

/** No English from zod or the YAML parser, no Markdown stars (today's "**title**: **title: Required"). */
function expectVietnamese(problem: ContentProblem): void {
  const words = `${problem.problem} ${problem.fix}`;
  expect(words).not.toMatch(/\b(Required|Invalid|expected|received|Unrecognized|mapping|stream|Expected)\b|\*\*/);
  expect(problem.problem.length).toBeGreaterThan(5);
  expect(problem.fix.length).toBeGreaterThan(5);
}

describe('the real content', () => {
  it('has no problem, and is checked in seconds, not a build', () => {
    const start = performance.now();
    expect(checkContent(path.join(ROOT, 'content'))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('unknown and misspelt fields', () => {
  it('rejects khauhieu on a material, suggests khauHieu and lists the allowed fields', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('khauHieu:', 'khauhieu:'));
    const [problem, ...rest] = problemsOf(copy.root, POSTER);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: `content/${POSTER}`, field: 'khauhieu', line: 10 });
    expect(problem!.problem).toContain('trường "khauhieu" không có trong mô hình nội dung');
    expect(problem!.fix).toContain('có phải ý bạn là `khauHieu`?');
    expect(problem!.fix).toMatch(/Các trường được phép ở đây: slug, loai, .*tieuDe, khauHieu, diemChinh/);
    expectVietnamese(problem!);
  });

  it.each([
    ['vanbanGoc', 'vanBanGoc:', 'vanBanGoc'],
    ['ngayHieuluc', 'ngayHieuLuc:', 'ngayHieuLuc'],
  ])('rejects %s on a document and suggests %s', (typo, original, meant) => {
    const copy = copyContent();
    copy.edit('van-ban/nd-48-2009-nd-cp.md', (t) => t.replace(original, `${typo}:`));
    const problems = problemsOf(copy.root, 'van-ban/nd-48-2009-nd-cp.md');
    const unknown = problems.find((p) => p.field === typo)!;
    expect(unknown.fix).toContain(`có phải ý bạn là \`${meant}\`?`);
    expect(unknown.line).toBeGreaterThan(1);
    for (const problem of problems) expectVietnamese(problem);
  });

  it('rejects an invented field without guessing, listing what is allowed', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('thuTu: 3', 'thuTu: 3\nhinhAnh: anh-truong.jpg'));
    const [problem] = problemsOf(copy.root, POSTER);
    expect(problem).toMatchObject({ field: 'hinhAnh', line: 9 });
    expect(problem!.fix).not.toContain('có phải ý bạn là');
    expect(problem!.fix).toContain('xoá trường này hoặc sửa tên cho đúng');
  });

  it('rejects unknown keys inside citations and sources', () => {
    const copy = copyContent();
    copy.edit(EXPLAINER, (t) =>
      t.replace('{ vanBan: luat-binh-dang-gioi-2006, dieu: 14 }', '{ vanBan: luat-binh-dang-gioi-2006, dieuu: 14 }'),
    );
    copy.edit(LAW, (t) => t.replace(/^ {2}- ten: /m, '  - tenn: '));
    const [citation] = problemsOf(copy.root, EXPLAINER);
    expect(citation).toMatchObject({ field: 'canCu[0].dieuu', line: 7 });
    expect(citation!.fix).toContain('có phải ý bạn là `dieu`?');
    const law = problemsOf(copy.root, LAW);
    expect(law.map((p) => p.field)).toEqual(expect.arrayContaining(['nguon[0].tenn', 'nguon[0].ten']));
    expect(law.find((p) => p.field === 'nguon[0].tenn')!.fix).toContain('có phải ý bạn là `ten`?');
  });
});

describe('missing, empty and wrong values', () => {
  it('says which required field is missing, in words, not "**coQuan**: Required"', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace(/^coQuan: .*\n/m, ''));
    const [problem, ...rest] = problemsOf(copy.root, LAW);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'coQuan', problem: 'thiếu trường bắt buộc "coQuan".' });
    expect(problem!.fix).toContain('thêm một dòng "coQuan: …"');
    expectVietnamese(problem!);
  });

  it('says an empty file is empty, instead of one "Required" per field', () => {
    const copy = copyContent();
    copy.write('thuat-ngu/gioi-tinh.yaml', '');
    copy.write(EXPLAINER, '\n');
    expect(problemsOf(copy.root, 'thuat-ngu/gioi-tinh.yaml')).toEqual([
      { file: 'content/thuat-ngu/gioi-tinh.yaml', problem: 'tệp rỗng.', fix: expect.stringContaining('điền các trường') },
    ]);
    expect(problemsOf(copy.root, EXPLAINER)).toHaveLength(1);
  });

  it('explains a Markdown file without its --- block', () => {
    const copy = copyContent();
    copy.edit(EXPLAINER, (t) => t.replace(/^---\n/, ''));
    const [problem] = problemsOf(copy.root, EXPLAINER);
    expect(problem!.problem).toContain('không có phần thông tin ở đầu');
    expectVietnamese(problem!);
  });

  it('names the expected kind of value', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('thuTu: 3', 'thuTu: ba'));
    copy.edit(EXPLAINER, (t) => t.replace('doiTuong: [giao-vien, cha-me, quan-ly]', 'doiTuong: giao-vien'));
    const [order] = problemsOf(copy.root, POSTER);
    expect(order).toMatchObject({ field: 'thuTu', line: 8, problem: 'phải là một số, nhưng đang là chữ "ba".' });
    expect(order!.fix).toContain('ghi một số');
    const [audience] = problemsOf(copy.root, EXPLAINER);
    expect(audience).toMatchObject({ field: 'doiTuong', line: 4 });
    expect(audience!.problem).toContain('phải là một danh sách');
  });

  it('lists the allowed values of a wrong choice and suggests the nearest', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace('loai: luat', 'loai: Luật'));
    const [problem] = problemsOf(copy.root, LAW);
    expect(problem).toMatchObject({ field: 'loai', line: 6, problem: 'giá trị "Luật" không nằm trong danh sách được phép.' });
    expect(problem!.fix).toBe(
      'có phải ý bạn là `luat`? dùng một trong các giá trị: luat, nghi-dinh, nghi-quyet, quyet-dinh, thong-tu, thong-tu-lien-tich, ke-hoach, cong-van.',
    );
  });

  it('keeps the schema’s own rule as the fix (dates)', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace('ngayBanHanh: 29/11/2006', 'ngayBanHanh: 31/02/2006'));
    const [problem] = problemsOf(copy.root, LAW);
    expect(problem).toMatchObject({ field: 'ngayBanHanh', problem: 'giá trị "31/02/2006" không hợp lệ.' });
    expect(problem!.fix).toContain('dd/mm/yyyy');
  });
});

describe('YAML syntax', () => {
  it('points at the line of an unclosed quote in a Markdown file, in Vietnamese', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace('coQuan: Quốc hội', 'coQuan: "Quốc hội'));
    const [problem] = problemsOf(copy.root, LAW);
    expect(problem).toMatchObject({ line: 7, problem: 'lỗi cú pháp YAML: thiếu dấu ngoặc kép đóng.' });
    expectVietnamese(problem!);
  });

  it('explains a colon inside a value', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace('coQuan: Quốc hội', 'coQuan: Quốc hội: khoá XI'));
    const [problem] = problemsOf(copy.root, LAW);
    expect(problem).toMatchObject({ line: 7 });
    expect(problem!.problem).toContain('có dấu hai chấm ở giữa giá trị');
    expect(problem!.fix).toContain('đặt cả câu trong ngoặc kép');
  });

  it('points at the line of a bad indent in a YAML file', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('mau: bang-ngang', '  mau: bang-ngang'));
    const [problem] = problemsOf(copy.root, POSTER);
    expect(problem!.line).toBe(4);
    expect(problem!.problem).toMatch(/^lỗi cú pháp YAML: /);
    expect(problem!.fix).toContain('xem dòng 4');
    expectVietnamese(problem!);
  });

  it('catches a field written twice', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('thuTu: 3', 'thuTu: 3\nthuTu: 4'));
    const [problem] = problemsOf(copy.root, POSTER);
    expect(problem).toMatchObject({ line: 9, problem: 'lỗi cú pháp YAML: một trường được khai báo hai lần.' });
  });
});

describe('MDX bodies', () => {
  const LINE_OF_TAG = 10;
  const ANSWER = 'hoi-dap/viec-nha-la-cua-ai.mdx';

  it('names a misspelt component, suggests the right one and lists those that exist', () => {
    const copy = copyContent();
    copy.edit(ANSWER, (t) => t.replace('<Dieu hoa so={18} khoan={5} />', '<Dieuu hoa so={18} khoan={5} />'));
    const [problem] = problemsOf(copy.root, ANSWER);
    expect(problem).toMatchObject({ field: '<Dieuu>', line: LINE_OF_TAG, problem: 'không có thẻ <Dieuu>.' });
    expect(problem!.fix).toBe('có phải ý bạn là `<Dieu>`? các thẻ dùng được: <Dieu>, <GhiChu>, <HuongDan>, <ThuatNgu>, <VanBan>.');
  });

  it('explains a tag left open, on its line, in Vietnamese', () => {
    const copy = copyContent();
    copy.edit(ANSWER, (t) => t.replace('<Dieu hoa so={18} khoan={5} />', '<Dieu hoa so={18} khoan={5}>'));
    const [problem] = problemsOf(copy.root, ANSWER);
    expect(problem!.problem).toBe('lỗi cú pháp MDX: thẻ <Dieu> chưa được đóng.');
    expect(problem!.line).toBeGreaterThanOrEqual(LINE_OF_TAG);
    expectVietnamese(problem!);
  });

  it('explains a brace left open', () => {
    const copy = copyContent();
    copy.edit(ANSWER, (t) => t.replace('<Dieu hoa so={18} khoan={5} />', '<Dieu hoa so={18 khoan={5} />'));
    const [problem] = problemsOf(copy.root, ANSWER);
    expect(problem!.problem).toMatch(/^lỗi cú pháp MDX: /);
    expect(problem!.fix).toContain('<Dieu so={14} />');
  });
});

describe('encodings', () => {
  it('asks for UTF-8 when a file is saved as UTF-16', () => {
    const copy = copyContent();
    const text = 'thuatNgu: Giới tính\n';
    copy.write('thuat-ngu/gioi-tinh.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const [problem] = problemsOf(copy.root, 'thuat-ngu/gioi-tinh.yaml');
    expect(problem!.problem).toContain('UTF-16');
    expect(problem!.fix).toContain('lưu lại dạng "UTF-8"');
  });

  it('asks for UTF-8 when a file is in a legacy Vietnamese code page, naming the line', () => {
    const copy = copyContent();
    // "thuatNgu: Gi\xf2i" — a Windows-1258-style byte that is not UTF-8, on line 2.
    copy.write(
      'thuat-ngu/gioi-tinh.yaml',
      Buffer.concat([Buffer.from('# ghi chú\nthuatNgu: Gi'), Buffer.from([0xf2]), Buffer.from('i\n')]),
    );
    const [problem] = problemsOf(copy.root, 'thuat-ngu/gioi-tinh.yaml');
    expect(problem).toMatchObject({ line: 2 });
    expect(problem!.problem).toContain('không ở dạng UTF-8');
  });

  it('accepts a UTF-8 file with a byte-order mark, as Astro does', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => `\uFEFF${t}`);
    copy.edit(POSTER, (t) => `\uFEFF${t}`);
    expect(checkContent(copy.root)).toEqual([]);
  });

  it('normalises NFD documents but rejects NFD print text on materials (it would print with broken marks)', () => {
    const copy = copyContent();
    copy.edit('van-ban/nd-48-2009-nd-cp.md', (t) => t.normalize('NFD'));
    copy.edit(POSTER, (t) => t.normalize('NFD'));
    const problems = checkContent(copy.root);
    expect(problems.filter((p) => p.file.endsWith('nd-48-2009-nd-cp.md'))).toEqual([]);
    const material = problems.filter((p) => p.file.endsWith(POSTER));
    expect(material.map((p) => p.field)).toEqual(expect.arrayContaining(['tieuDe', 'khauHieu']));
    expect(material[0]!.problem).toContain('NFD');
    expect(material[0]!.fix).toContain('NFC');
  });
});

describe('files that must agree', () => {
  it('fails on x.md beside x.mdx: one would silently replace the other', () => {
    const copy = copyContent();
    copy.write('huong-dan/binh-dang-gioi-o-truong-hoc.md', '---\ntitle: Bản cũ\n---\n');
    const problems = checkContent(copy.root).filter((p) => p.problem.includes('cho cùng một mục'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain('binh-dang-gioi-o-truong-hoc.md, binh-dang-gioi-o-truong-hoc.mdx');
  });

  it('fails when slug differs from the file name (shared links would die on the next rename)', () => {
    const copy = copyContent();
    copy.edit(LAW, (t) => t.replace('slug: luat-binh-dang-gioi-2006', 'slug: luat-binh-dang-gioi'));
    const problems = problemsOf(copy.root, LAW);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'slug', line: 4 });
    expect(problems[0]!.fix).toContain('"slug: luat-binh-dang-gioi-2006"');
  });
});

describe('source completeness', () => {
  it('fails when a source is cut short of the articles its page claims ("đủ nội dung 18 điều")', () => {
    const copy = copyContent();
    copy.edit('nguon/nd-70-2008-nd-cp.txt', (t) => t.slice(0, t.indexOf('Điều 13.')));
    const [problem, ...rest] = checkContent(copy.root);
    expect(rest).toEqual([]);
    expect(problem!.file).toMatch(/content\/nguon\/nd-70-2008-nd-cp\.txt$/);
    expect(problem!.problem).toContain('thiếu Điều 13–18 (có 12 điều)');
    expect(problem!.problem).toContain('"đủ nội dung 18 điều (Điều 1–18)"');
    expect(problem!.fix).toContain(`sửa "thieu" và "mucDo"`);
  });

  it('fails when the Law loses a chapter heading or its last clause', () => {
    const copy = copyContent();
    copy.edit('nguon/luat-73-2006-qh11.txt', (t) => t.replace(/^Chương VI\s*$/m, '').replace(/\n2\. [^\n]*\n(?=\s*Điều 8\.)/, '\n'));
    const [problem] = checkContent(copy.root);
    expect(problem!.problem).toContain('chỉ có 5 chương, không đủ 6 chương');
  });

  it('fails on an emptied source of a complete document', () => {
    const copy = copyContent();
    copy.edit('nguon/nd-48-2009-nd-cp.txt', (t) => t.replace(/(={10,}\n)[\s\S]*$/, '$1'));
    const [problem] = checkContent(copy.root);
    expect(problem!.problem).toContain('tệp không có nguyên văn');
  });
});

describe('the organisation that applies now (content/so-do/)', () => {
  const CHAIN = 'so-do/ap-dung-hien-nay.yaml';

  it('names a level that cites a source the file does not list', () => {
    const copy = copyContent();
    copy.edit(CHAIN, (t) => t.replace('nguon: [cv-739-bnv-2025]', 'nguon: [cv-739-bnv]'));
    const [problem, ...rest] = problemsOf(copy.root, CHAIN);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'cap[0].coQuan[2].nguon' });
    expect(problem!.problem).toContain('nguồn "cv-739-bnv" không có trong danh sách nguon');
    expectVietnamese(problem!);
  });

  it('says when the file is missing', () => {
    const copy = copyContent();
    rmSync(copy.path(CHAIN));
    const problems = checkContent(copy.root).filter((p) => p.file === 'content/so-do/');
    expect(problems.map((p) => p.problem)).toEqual([expect.stringContaining('không có tệp nào mô tả tổ chức áp dụng hiện nay')]);
  });

  it('refuses a date that is not dd/mm/yyyy and a source with no word on being secondary', () => {
    const copy = copyContent();
    copy.edit(CHAIN, (t) =>
      t.replace('apDungTu: 01/07/2025', 'apDungTu: 2025-07-01').replace(/\n {4}thuCap: true\n {2}- id: giao-duc/, '\n  - id: giao-duc'),
    );
    const fields = problemsOf(copy.root, CHAIN).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['apDungTu', 'nguon[1].thuCap']));
  });
});

describe('every problem at once', () => {
  it('throws one ContentError listing all problems of all collections', () => {
    const copy = copyContent();
    copy.edit(POSTER, (t) => t.replace('khauHieu:', 'khauhieu:'));
    copy.edit(LAW, (t) => t.replace(/^coQuan: .*\n/m, ''));
    copy.write('thuat-ngu/gioi-tinh.yaml', '');
    copy.edit('lich/quoc-te-phu-nu.yaml', (t) => t.replace(/^loai: .*$/m, 'loai: ngay-le'));
    let error: unknown;
    try {
      assertContent(copy.root);
    } catch (caught) {
      error = caught;
    }
    expect(ContentError.is(error)).toBe(true);
    const { problems, message } = error as ContentError;
    expect(problems).toHaveLength(4);
    expect(message).toMatch(/^Có 4 lỗi nội dung:\n1\. /);
    expect(message).toContain('trường "khauhieu"');
    expect(message).toContain('trường "loai"');
  });
});

describe('the broken-content cases of the real build, without a build', () => {
  for (const fixture of brokenContentCases.filter((c) => c.checkedBeforeBuild)) {
    it(fixture.name, () => {
      const copy = copyContent();
      fixture.breakContent(copy.root);
      const messages = checkContent(copy.root).map(describeProblem).join('\n');
      for (const pattern of fixture.expected) expect(messages).toMatch(pattern);
    });
  }
});
