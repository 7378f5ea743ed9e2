import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allArticles, parseLegalText, romanToInt, splitSourceFile } from './legal-text';

const law = splitSourceFile(readFileSync('content/nguon/luat-73-2006-qh11.txt', 'utf8'));

describe('legal text parser', () => {
  it('splits the provenance header from the text', () => {
    expect(law.header).toMatch(/^title: Luật Bình đẳng giới/);
    expect(law.body.startsWith('LUẬT\nBÌNH ĐẲNG GIỚI')).toBe(true);
  });

  it('finds the 6 chapters and 44 articles of the Law with stable anchors', () => {
    const doc = parseLegalText(law.body);
    expect(doc.chapters.map((c) => c.id)).toEqual(['chuong-1', 'chuong-2', 'chuong-3', 'chuong-4', 'chuong-5', 'chuong-6']);
    const articles = allArticles(doc);
    expect(articles.map((a) => a.number)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
    expect(doc.chapters[1]!.articles.map((a) => a.number)).toEqual([11, 12, 13, 14, 15, 16, 17, 18]);
    expect(doc.chapters[0]!.title).toBe('NHỮNG QUY ĐỊNH CHUNG');
  });

  it('gives clauses and points their own anchors', () => {
    const article5 = allArticles(parseLegalText(law.body)).find((a) => a.number === 5)!;
    const clauses = article5.blocks.filter((b) => b.kind === 'clause');
    expect(clauses).toHaveLength(9);
    expect(clauses[2]!.id).toBe('dieu-5-khoan-3');
    const article40 = allArticles(parseLegalText(law.body)).find((a) => a.number === 40)!;
    const firstClause = article40.blocks[0]!;
    expect(firstClause.kind === 'clause' && firstClause.points.map((p) => (p.kind === 'point' ? p.id : p.text))).toEqual([
      'dieu-40-khoan-1-diem-a',
      'dieu-40-khoan-1-diem-b',
      'dieu-40-khoan-1-diem-c',
    ]);
  });

  it('keeps an unstructured text as preamble paragraphs', () => {
    const doc = parseLegalText('KẾ HOẠCH\n\nI. MỤC ĐÍCH\n1. Mục đích\nNội dung.');
    expect(doc.chapters).toHaveLength(0);
    expect(doc.preamble).toEqual(['KẾ HOẠCH', 'I. MỤC ĐÍCH', '1. Mục đích', 'Nội dung.']);
  });

  it('converts roman numerals', () => {
    expect(['I', 'IV', 'VI', 'IX', 'XIV'].map(romanToInt)).toEqual([1, 4, 6, 9, 14]);
  });
});

describe('compiler notes in a partial text', () => {
  const body = [
    'Chương I',
    'NHỮNG QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    '1. Khoản một.',
    '[Điều 2 – Điều 4: chưa truy xuất được]',
    '[tên Chương II: chưa truy xuất được]',
    'Điều 6. Chính trị',
    '[khoản 1–3: chưa truy xuất được]',
    '4. Phạt tiền đối với một trong các hành vi sau đây:',
    '[điểm a, b: chưa truy xuất được]',
    'c) Tẩy xóa giấy tờ; [câu tiếp theo bị cắt trong trang trích dẫn: "Nếu không [B] …"]',
    '[KẾ HOẠCH ban hành kèm theo Quyết định — tên Kế hoạch: chưa truy xuất được]',
    '1.1. Mục tiêu tổng quát.',
  ].join('\n');
  const doc = parseLegalText(body);

  it('keeps notes out of the verbatim lines and in their place', () => {
    const [article1, article6] = allArticles(doc);
    expect(article1!.sourceLines.join('\n')).not.toContain('[');
    const clause4 = article6!.blocks.find((b) => b.kind === 'clause' && b.number === 4);
    expect(article6!.blocks[0]).toEqual({ kind: 'note', text: 'khoản 1–3: chưa truy xuất được' });
    expect(clause4?.kind === 'clause' && clause4.points.map((p) => (p.kind === 'point' ? p.id : p.text))).toEqual([
      'điểm a, b: chưa truy xuất được',
      'dieu-6-khoan-4-diem-c',
      'câu tiếp theo bị cắt trong trang trích dẫn: "Nếu không [B] …"',
    ]);
    expect(clause4?.kind === 'clause' && clause4.points[1]).toMatchObject({ text: 'c) Tẩy xóa giấy tờ;' });
  });

  it('opens a chapter whose heading is missing and an annex after the articles', () => {
    expect(doc.chapters.map((c) => [c.id, c.title, c.note ?? ''])).toEqual([
      ['chuong-1', 'NHỮNG QUY ĐỊNH CHUNG', ''],
      ['chuong-2', '', 'tên Chương II: chưa truy xuất được'],
    ]);
    expect(doc.annexes).toEqual([
      {
        note: 'KẾ HOẠCH ban hành kèm theo Quyết định — tên Kế hoạch: chưa truy xuất được',
        blocks: [{ kind: 'paragraph', text: '1.1. Mục tiêu tổng quát.' }],
      },
    ]);
  });

  it('reads the document below a repeated rule', () => {
    expect(splitSourceFile('title: x\n=====================\n=====================\n\nĐiều 1. A').body).toBe('Điều 1. A');
  });
});
