import { describe, expect, it } from 'vitest';
import { articleQuery, mergeResults, normaliseQuery, queryVariants, rankSubResults, searchPlan, typedAccents } from './search-query';

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

describe('queryVariants', () => {
  it('adds the đ spelling of a word typed with d', () => {
    expect(queryVariants('dang')).toEqual(['dang', 'đang']);
  });

  it('spells every combination for two d-words, the query as typed first', () => {
    expect(queryVariants('doi dai')).toEqual(['doi dai', 'đoi dai', 'doi đai', 'đoi đai']);
  });

  it('keeps quotes and numbers, and leaves words without a leading d alone', () => {
    expect(queryVariants('"dieu 14"')).toEqual(['"dieu 14"', '"đieu 14"']);
    expect(queryVariants('bao luc')).toEqual(['bao luc']);
    expect(queryVariants('đẳng')).toEqual(['đẳng']);
  });

  it('stops multiplying after two d-words', () => {
    expect(queryVariants('dan dai dong')).toHaveLength(4);
  });
});

describe('searchPlan', () => {
  it('also searches several unquoted words as a phrase, ranked higher', () => {
    expect(searchPlan('doi xu')).toEqual([
      { term: 'doi xu', tier: 0 },
      { term: '"doi xu"', tier: 1 },
      { term: 'đoi xu', tier: 0 },
      { term: '"đoi xu"', tier: 1 },
    ]);
  });

  it('also searches an article query in the Law alone, ranked first', () => {
    expect(searchPlan('điều 14')).toEqual([
      { term: 'điều 14', tier: 0 },
      { term: '"điều 14"', tier: 1 },
      { term: 'điều 14', tier: 2, lawOnly: true },
    ]);
  });

  it('searches one word or a quoted phrase as typed', () => {
    expect(searchPlan('luật')).toEqual([{ term: 'luật', tier: 0 }]);
    expect(searchPlan('"bạo lực"')).toEqual([{ term: '"bạo lực"', tier: 0 }]);
  });
});

describe('mergeResults', () => {
  const hit = (id: string, score: number, tier = 0) => ({ id, score, tier, value: id });

  it('keeps the best-scoring spelling of a page found by several', () => {
    const merged = mergeResults([[hit('a', 2), hit('b', 1.5)], [hit('b', 3)]]);
    expect(merged.map((item) => [item.id, item.score])).toEqual([
      ['b', 3],
      ['a', 2],
    ]);
  });

  it('puts phrase matches above higher-scoring word matches', () => {
    const merged = mergeResults([[hit('words', 9), hit('phrase', 1)], [hit('phrase', 0.5, 1)]]);
    expect(merged.map((item) => item.id)).toEqual(['phrase', 'words']);
  });
});

describe('mergeResults with exact accents', () => {
  it('puts pages with the accents as typed first and shows their exact reading', () => {
    const merged = mergeResults([
      [
        { id: 'bao-luc', score: 3, tier: 0, value: 'bạo (loose)' },
        { id: 'bao-dam', score: 1, tier: 0, value: 'bảo (loose)' },
      ],
      [{ id: 'bao-dam', score: 0.5, tier: 0, exact: true, value: 'bảo (exact)' }],
    ]);
    expect(merged.map((item) => [item.id, item.value, item.exact])).toEqual([
      ['bao-dam', 'bảo (exact)', true],
      ['bao-luc', 'bạo (loose)', false],
    ]);
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
});

describe('mergeResults display choice', () => {
  it('lifts a page to the phrase tier but ranks and shows it by its plain reading', () => {
    const merged = mergeResults([
      [
        { id: 'law', score: 2, tier: 0, value: 'law plain' },
        { id: 'decree', score: 3, tier: 0, value: 'decree plain' },
      ],
      [
        { id: 'decree', score: 1, tier: 1, value: 'decree phrase' },
        { id: 'law', score: 1, tier: 1, value: 'law phrase' },
      ],
    ]);
    expect(merged.map((item) => [item.value, item.tier, item.score])).toEqual([
      ['decree plain', 1, 3],
      ['law plain', 1, 2],
    ]);
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
