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
    expect(firstClause.kind === 'clause' && firstClause.points.map((p) => p.id)).toEqual([
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
