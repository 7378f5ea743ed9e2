import { describe, expect, it } from 'vitest';
import {
  answersQuery,
  articleQuery,
  leadingSection,
  normaliseQuery,
  rankResults,
  rankSubResults,
  runCount,
  typedAccents,
} from './search-query';

describe('normaliseQuery', () => {
  it('turns NFD, upper case and stray spaces into the clean query', () => {
    const nfd = '  BÌNH   đẲng\tGIỚI '.normalize('NFD');
    expect(normaliseQuery(nfd)).toBe('bình đẳng giới');
    expect(normaliseQuery(nfd)).toBe(normaliseQuery('bình đẳng giới'));
  });

  it('straightens typographic quotes so phrases stay phrases', () => {
    expect(normaliseQuery('“bạo lực”')).toBe('"bạo lực"');
  });
});

describe('runCount', () => {
  it('counts words standing side by side, in any order of positions', () => {
    expect(runCount([40, 9, 10], 2)).toBe(1);
    expect(runCount([9, 11, 13], 2)).toBe(0);
    expect(runCount([5, 6, 7, 20, 21, 22], 3)).toBe(2);
  });
});

describe('rankResults', () => {
  const hit = (id: string, score: number, words: number[] = []) => ({ id, score, words, value: id });

  it("follows Pagefind's score for one word", () => {
    expect(rankResults('luat', [hit('a', 1), hit('b', 3), hit('c', 2)]).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('puts pages with the words side by side above higher-scoring pages that scatter them', () => {
    const ranked = rankResults('doi xu', [hit('scattered', 9, [3, 40]), hit('phrase', 2, [12, 13])]);
    expect(ranked.map((r) => r.id)).toEqual(['phrase', 'scattered']);
  });

  it('but not a weak page (a listing that names a document stays below the document)', () => {
    const ranked = rankResults('nghi dinh 70', [hit('listing', 0.7, [5, 6, 7]), hit('decree', 9.6, [1, 2])]);
    expect(ranked.map((r) => r.id)).toEqual(['decree', 'listing']);
  });

  it('leaves quoted phrases to Pagefind', () => {
    const ranked = rankResults('"doi xu"', [hit('a', 9, [3, 40]), hit('b', 2, [12, 13])]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it("puts an article query's Law first, once", () => {
    const ranked = rankResults('dieu 14', [hit('poster', 9, [1, 2]), hit('law', 2, [7, 8])], [hit('law', 2, [7, 8])]);
    expect(ranked.map((r) => r.id)).toEqual(['law', 'poster']);
  });
});

describe('answersQuery', () => {
  it('accepts words that start with what was typed', () => {
    expect(answersQuery('binh dang', ['bình', 'd\u00ADẳng,'])).toBe(true);
    expect(answersQuery('dieu 14', ['Điều', '14.'])).toBe(true);
  });

  it('refuses a stand-in that is one letter, a list marker or a Roman numeral', () => {
    expect(answersQuery('xyzqq', ['X,'])).toBe(false);
    expect(answersQuery('abcdef', ['a)'])).toBe(false);
    expect(answersQuery('xiv99', ['XIV'])).toBe(false);
    expect(answersQuery('bao xyzqq', ['bạo', 'X,'])).toBe(false);
  });

  it('accepts a real word as a stand-in for a longer typo, and metadata-only matches', () => {
    expect(answersQuery('gioii', ['giới'])).toBe(true);
    expect(answersQuery('chien luoc', [], ['Chiến lược quốc gia về bình đẳng giới'])).toBe(true);
  });

  it('refuses a metadata-only match that no shown metadata explains (a hashed file address)', () => {
    expect(answersQuery('abcdef', [], ['Cùng hành động vì bình đẳng giới', 'Ảnh xem trước: Cùng hành động'])).toBe(false);
    expect(answersQuery('chien luoc', [])).toBe(false);
  });
});

describe('leadingSection', () => {
  const article14 = { title: 'Điều 14. Bình đẳng giới trong lĩnh vực giáo dục và đào tạo' };
  const article4 = { title: 'Điều 4. Mục tiêu bình đẳng giới' };

  it('takes the first section when its heading starts with the query', () => {
    expect(leadingSection('dieu 14', [article14, article4])).toBe(article14);
    expect(leadingSection('dieu 14', [article4, article14])).toBeUndefined();
    expect(leadingSection('x', [])).toBeUndefined();
  });
});

describe('rankSubResults', () => {
  it('puts the heading that names the article first', () => {
    const subs = [
      { title: 'Điều 4. Mục tiêu (xem Điều 14)', url: '#dieu-4' },
      { title: 'Điều 14. Bình đẳng giới trong lĩnh vực giáo dục và đào tạo', url: '#dieu-14' },
    ];
    expect(rankSubResults('dieu 14', subs).map((sub) => sub.url)).toEqual(['#dieu-14', '#dieu-4']);
  });

  it('then prefers sections with more matched words, then the shorter heading', () => {
    const subs = [
      { title: 'Chương II. Bình đẳng giới trong các lĩnh vực của đời sống xã hội và gia đình', url: '#chuong-2', locations: [1] },
      { title: 'Điều 18. Bình đẳng giới trong gia đình', url: '#dieu-18', locations: [5] },
      { title: 'Điều 3. Áp dụng', url: '#dieu-3', locations: [7] },
      { title: 'Điều 11. Bình đẳng giới trong lĩnh vực chính trị', url: '#dieu-11', locations: [20, 25, 30] },
    ];
    expect(rankSubResults('gia dinh', subs).map((sub) => sub.url)).toEqual(['#dieu-18', '#chuong-2', '#dieu-11', '#dieu-3']);
    expect(rankSubResults('dai bieu', subs)[0]!.url).toBe('#dieu-11');
  });

  it('puts the section with the words side by side above a heading that names some of them', () => {
    const subs = [
      { title: 'Điều 30. Trách nhiệm của Quốc hội', url: '#dieu-30', locations: [900, 901, 930] },
      { title: 'Điều 11. Bình đẳng giới trong lĩnh vực chính trị', url: '#dieu-11', locations: [300, 301, 302, 303, 340] },
    ];
    expect(rankSubResults('dai bieu quoc hoi', subs).map((sub) => sub.url)).toEqual(['#dieu-11', '#dieu-30']);
  });
});

describe('typedAccents', () => {
  it('tells accented input (đ included) from plain letters', () => {
    expect(typedAccents('binh dang gioi')).toBe(false);
    expect(typedAccents('dieu 14')).toBe(false);
    expect(typedAccents('đang')).toBe(true);
    expect(typedAccents('Bình')).toBe(true);
  });
});

describe('articleQuery', () => {
  it('recognises an article of the Law however it is typed', () => {
    for (const query of ['dieu 14', 'điều 14', '"điều 14"', 'điều 14 luật', 'dieu 14 luat binh dang gioi'])
      expect(articleQuery(query), query).toBe(14);
  });

  it('leaves other queries alone', () => {
    for (const query of ['dieu', 'điều kiện 14', '14', 'điều 14 nghị định 48']) expect(articleQuery(query), query).toBeNull();
  });
});
