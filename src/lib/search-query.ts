/**
 * Query-side Vietnamese handling for search: the clean query, how results are ranked
 * beyond Pagefind's own score, which sub-results lead, and when a match is no answer.
 * đ is folded in the index itself (see search-d-stroke), so one Pagefind search per query
 * is enough whether the reader types "dang" or "đẳng".
 */
import { foldDiacritics, toNfc } from './vietnamese';

/** NFC (some keyboards send NFD), lower case, straight quotes, single spaces. */
export function normaliseQuery(raw: string): string {
  return toNfc(raw)
    .toLowerCase()
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Found<T> {
  id: string;
  score: number;
  /** Positions of the matched words on the page (Pagefind's `words`), in any order. */
  words: number[];
  value: T;
}

/**
 * A page scoring under this share of the best result is not lifted by a phrase: a listing or the
 * about page (their words weigh a tenth) names documents word for word, and must not jump above
 * the document it names ("nghị định 70").
 */
export const WEAK_SHARE = 0.15;

/**
 * Results best first. An article query's Law (found by a search in the Law alone) leads; then,
 * for several unquoted words, pages where they stand side by side as typed ("doi xu" → "đối xử"
 * above pages that say "xử" somewhere; Pagefind scores words one by one, so the phrase is read
 * from the matched positions instead of a second search), unless their score is weak; then
 * Pagefind's score. Ties keep Pagefind's order.
 */
export function rankResults<T>(query: string, results: Found<T>[], leading: Found<T>[] = []): Found<T>[] {
  const words = queryWordCount(query);
  const phrase = !query.includes('"') && words > 1;
  const lead = new Set(leading.map((result) => result.id));
  const seen = new Set<string>();
  const unique = [...leading, ...results].filter((result) => !seen.has(result.id) && seen.add(result.id));
  const floor = WEAK_SHARE * Math.max(0, ...unique.map((result) => result.score));
  const keyed = unique.map((result) => ({
    result,
    keys: [lead.has(result.id) ? 1 : 0, phrase && result.score >= floor && runCount(result.words, words) > 0 ? 1 : 0, result.score],
  }));
  return keyed
    .sort((a, b) => {
      const at = a.keys.findIndex((value, i) => value !== b.keys[i]);
      return at < 0 ? 0 : b.keys[at]! - a.keys[at]!;
    })
    .map(({ result }) => result);
}

const fold = (text: string): string => foldDiacritics(text).toLowerCase();

/**
 * A name as search compares names: accents, đ, case, quotes and spacing folded away
 * ("Nghị định 48/2009/NĐ-CP" and "nghi dinh 48/2009/nd-cp" are one name).
 */
export function nameKey(text: string): string {
  return fold(normaliseQuery(text)).replace(/"/g, '').trim();
}

/**
 * Whether the reader typed any accent (đ included). With accents, pages that have the
 * words exactly as typed rank first ("bảo" before "bạo"); without, that bonus must be off,
 * or "binh dang gioi" would favour pages with the plain word "đang" (indexed as "dang")
 * over the Law that says "bình đẳng giới".
 */
export function typedAccents(query: string): boolean {
  return fold(query) !== query.toLowerCase();
}

/** Words of a text, lower case, split on anything that is not a letter or digit. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const startsWithWords = (titleWords: string[], words: string[]) => words.every((word, position) => titleWords[position] === word);

/** The section whose heading starts with the query ("dieu 14" → Điều 14), if it ranks first. */
export function leadingSection<T extends { title: string }>(query: string, ranked: T[]): T | undefined {
  const top = ranked[0];
  return top && startsWithWords(wordsOf(fold(top.title)), wordsOf(fold(query))) ? top : undefined;
}

/** Number of words in a query, quotes aside: "doi xu" and "\"doi xu\"" have two. */
export const queryWordCount = (query: string): number => wordsOf(fold(query)).length;

/** Where `count` matched words stand side by side: the first position of each such run, in order. */
export function runStarts(words: number[], count: number): number[] {
  const at = new Set(words);
  return [...at]
    .sort((a, b) => a - b)
    .filter((start) => Array.from({ length: count }, (_, i) => start + i).every((position) => at.has(position)));
}

/** How many times `count` matched words stand side by side. */
export const runCount = (words: number[], count: number): number => runStarts(words, count).length;

/**
 * Orders sub-results: the heading that starts with the query first ("dieu 14" →
 * "Điều 14. …"), then sections where the query's words stand side by side as typed
 * ("dai bieu quoc hoi" → Điều 11, which says "đại biểu Quốc hội" twice, before Điều 30
 * whose heading names "Quốc hội"), then headings naming more query words, then sections
 * with more matched words; among equals the shorter, more specific heading ("Điều 18. Bình
 * đẳng giới trong gia đình" before a chapter title that also says "gia đình").
 */
export function rankSubResults<T extends { title: string; locations?: number[] }>(query: string, subResults: T[]): T[] {
  const words = wordsOf(fold(query));
  const keyed = subResults.map((sub, index) => {
    const titleWords = wordsOf(fold(sub.title));
    const leads = startsWithWords(titleWords, words) ? 1 : 0;
    const runs = words.length > 1 ? runCount(sub.locations ?? [], words.length) : 0;
    const named = words.filter((word) => titleWords.includes(word)).length;
    return { sub, index, keys: [leads, runs, named, sub.locations?.length ?? 0, -titleWords.length] };
  });
  const compare = (a: number[], b: number[]) => a.findIndex((value, i) => value !== b[i]);
  return keyed
    .sort((a, b) => {
      const at = compare(a.keys, b.keys);
      return at < 0 ? a.index - b.index : b.keys[at]! - a.keys[at]!;
    })
    .map(({ sub }) => sub);
}

/**
 * "điều 14", "Dieu 14", "điều 14 luật": the reader wants Article 14 of the Law itself,
 * not the explainers and FAQ answers that cite it. Returns the article number or null.
 */
export function articleQuery(query: string): number | null {
  const match = /^dieu (\d{1,3})(?: luat(?: binh dang gioi)?)?$/.exec(fold(query).replace(/"/g, '').trim());
  return match ? Number(match[1]) : null;
}

/** Roman numerals as chapter and section numbers write them (i … cccxcix). */
const ROMAN = /^c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/**
 * Whether a match answers the query or is Pagefind's last resort. A query word that no
 * indexed word starts with is matched to the longest indexed word it starts with: "xyzqq"
 * to the "X" of "khoá X", "abcdef" to the "a" of "a)". Such a stand-in counts only when it
 * is a real word: at least three letters and not a Roman numeral.
 * `matched` are the page's words at the matched positions, as the page writes them. With no
 * matched position the page matched in its metadata, which holds file addresses too ("ab" of a
 * hashed folder): then every word must stand in `shown`, the metadata a reader sees (title…).
 */
export function answersQuery(query: string, matched: string[], shown: string[] = []): boolean {
  const inText = matched.length > 0;
  const found = (inText ? matched : shown.flatMap((text) => text.split(/\s+/))).map((word) => wordsOf(fold(word)).join('')).filter(Boolean);
  return wordsOf(fold(query)).every((term) => {
    if (found.some((word) => word.startsWith(term))) return true;
    const standIn = found.filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length)[0];
    // Located matches whose word is not among these (Pagefind's own reasons) are trusted.
    if (standIn === undefined) return inText;
    return standIn.length >= 3 && !ROMAN.test(standIn);
  });
}
