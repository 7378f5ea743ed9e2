import { describe, expect, it } from 'vitest';
import { excerptAt, firstExactMatch, firstRun } from './search-excerpt';

// Positions: 0 Điều, 1 6., 2 Quy, 3 định, 4 về, 5 giới., 6 Xoá, 7 bỏ, 8 định, 9 kiến, 10 giới, 11 &,
// 12 phân, 13 biệt, 14 <đối, 15 xử>, 16 ở, 17 trường, 18 học, 19 nói, 20 chung
const content = 'Điều 6. Quy định về giới. Xoá bỏ định kiến giới & phân biệt <đối xử> ở trường học nói chung';

describe('run-centred excerpts', () => {
  it('finds the first place where the words stand side by side', () => {
    expect(firstRun([3, 5, 8, 9, 10], 3)).toBe(8);
    expect(firstRun([10, 9, 8, 3], 3)).toBe(8);
    expect(firstRun([3, 5], 2)).toBeUndefined();
  });

  it('centres the excerpt on it, marks matched words and escapes the text', () => {
    expect(excerptAt(content, [3, 5, 8, 9, 10], 8, 3, 7)).toBe('Xoá bỏ <mark>định</mark> <mark>kiến</mark> <mark>giới</mark> &amp; phân');
    expect(excerptAt(content, [14, 15], 14, 2, 4)).toBe('biệt <mark>&lt;đối</mark> <mark>xử&gt;</mark> ở');
  });

  it('stays inside the text at its ends', () => {
    expect(excerptAt(content, [0, 1], 0, 2, 4)).toBe('<mark>Điều</mark> <mark>6.</mark> Quy định');
    expect(excerptAt(content, [20], 20, 1, 3)).toBe('học nói <mark>chung</mark>');
  });
});

describe('firstExactMatch', () => {
  it('finds the word with the accents as typed among words Pagefind matched without them', () => {
    const text = 'không b\u00ADạo lực, Bảo vệ trẻ em, bảo đảm';
    expect(firstExactMatch(text, [1, 3, 6], 'bảo')).toBe(3);
    expect(firstExactMatch(text, [1, 3, 6], 'bạo')).toBe(1);
    expect(firstExactMatch(text, [1], 'bảo')).toBeUndefined();
  });

  it('reads đ back from the indexed text', () => {
    expect(firstExactMatch('bình d\u00ADẳng giới', [1], 'đẳng')).toBe(1);
  });
});
