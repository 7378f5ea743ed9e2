/**
 * đ/Đ for search. Pagefind folds tone and vowel marks ("binh" finds "bình") by Unicode
 * decomposition, but đ has none, so "dang" would never reach "đẳng". The indexed copy of
 * each page therefore writes đ as "d" + a soft hyphen: Pagefind indexes the word as "dẳng"
 * (the soft hyphen is not a letter), which every query reaches with or without accents,
 * while the text it keeps for excerpts still tells đ from d. The search code turns the
 * pair back into đ before showing anything, and types đ in a query as d.
 */

/** Soft hyphen: invisible, not a letter, not a space, so Pagefind keeps the word whole. */
const MARK = '\u00AD';

/** Text of the indexed copy: đ → d + mark, Đ → D + mark (same words, same positions). */
export function markDStroke(text: string): string {
  return text.replace(/đ/g, `d${MARK}`).replace(/Đ/g, `D${MARK}`);
}

/** Text that comes back from the index (excerpts, titles, headings, metadata): đ restored. */
export function restoreDStroke(text: string): string {
  return text.replace(/d\u00AD/g, 'đ').replace(/D\u00AD/g, 'Đ');
}

/** A query as the index spells it: đ typed is searched as d (the index holds no đ). */
export function queryAsIndexed(query: string): string {
  return query.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
