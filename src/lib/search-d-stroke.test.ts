import { describe, expect, it } from 'vitest';
import { markDStroke, queryAsIndexed, restoreDStroke } from './search-d-stroke';

describe('đ in the search index', () => {
  it('marks đ and Đ without changing words or their count, and restores them', () => {
    const text = 'Điều 14. Bình đẳng giới trong giáo dục và đào tạo; dạy học, đánh giá';
    const marked = markDStroke(text);
    expect(marked).not.toMatch(/[đĐ]/);
    expect(marked.split(/\s+/)).toHaveLength(text.split(/\s+/).length);
    expect(restoreDStroke(marked)).toBe(text);
  });

  it('leaves a plain d alone both ways', () => {
    expect(markDStroke('dạy dỗ')).toBe('dạy dỗ');
    expect(restoreDStroke('dạy dỗ')).toBe('dạy dỗ');
  });

  it('searches đ typed in a query as d', () => {
    expect(queryAsIndexed('bình đẳng giới')).toBe('bình dẳng giới');
    expect(queryAsIndexed('ĐIỀU 14')).toBe('DIỀU 14');
  });
});
