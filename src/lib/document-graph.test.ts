import { describe, expect, it } from 'vitest';
import { buildDocumentGraph, type GraphNode } from './document-graph';

const node = (slug: string, canCu: string[] = [], soHieu: string | null = slug.toUpperCase()): GraphNode => ({
  slug,
  soHieu,
  canCu,
  filePath: `content/van-ban/${slug}.md`,
});

describe('document graph', () => {
  it('computes căn cứ and văn bản triển khai', () => {
    const graph = buildDocumentGraph([node('luat'), node('nd', ['luat']), node('cv', ['nd', 'luat'])]);
    expect(graph.basedOn('cv')).toEqual(['nd', 'luat']);
    expect(graph.implementedBy('luat')).toEqual(['nd', 'cv']);
    expect(graph.implementedBy('cv')).toEqual([]);
  });

  it('rejects an unknown reference, naming file, field and fix', () => {
    expect(() => buildDocumentGraph([node('luat'), node('cv', ['khong-co'])])).toThrow(
      /content\/van-ban\/cv\.md, trường "canCu": không có văn bản nào có slug "khong-co"\. Cách sửa:/,
    );
  });

  it('rejects a cycle', () => {
    expect(() => buildDocumentGraph([node('a', ['c']), node('b', ['a']), node('c', ['b'])])).toThrow(/vòng lặp căn cứ: a → c → b → a/);
  });

  it('rejects a self reference', () => {
    expect(() => buildDocumentGraph([node('a', ['a'])])).toThrow(/tự tham chiếu/);
  });

  it('rejects duplicate slugs and duplicate số hiệu', () => {
    expect(() => buildDocumentGraph([node('a'), { ...node('a'), filePath: 'content/van-ban/a-2.md' }])).toThrow(
      /a-2\.md, trường "slug": slug "a" đã được dùng trong content\/van-ban\/a\.md/,
    );
    expect(() => buildDocumentGraph([node('a', [], '85/GD&ĐT-TCCB'), node('b', [], '85/GD&ĐT-TCCB')])).toThrow(
      /trường "soHieu": số hiệu "85\/GD&ĐT-TCCB" trùng/,
    );
  });

  it('allows several documents without a number', () => {
    expect(() => buildDocumentGraph([node('a', [], null), node('b', [], null)])).not.toThrow();
  });
});
