/**
 * Query-side Vietnamese handling for search. Pagefind folds tone and vowel marks
 * ("binh" finds "bình") but not đ/Đ, which has no Unicode decomposition: "dang" never
 * reaches "đẳng". Vietnamese writes đ only at the start of a syllable, so a query word
 * typed with a leading "d" is also searched with "đ", and the result sets are merged.
 * The index stays untouched (no extra words, no doubled excerpts).
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

/** Above this many d-words the variants would multiply searches; the rest stay as typed. */
const MAX_EXPANDED_WORDS = 2;

/**
 * Every spelling of a normalised query where a word starting with "d" may start with "đ".
 * The query as typed comes first. Quoted phrases keep their quotes (Pagefind phrase search).
 */
export function queryVariants(query: string): string[] {
  const parts = query.split(/(\s+|")/);
  const expandable = parts.map((part, index) => (/^d/.test(part) ? index : -1)).filter((index) => index >= 0);
  const chosen = expandable.slice(0, MAX_EXPANDED_WORDS);
  const variants: string[] = [];
  for (let mask = 0; mask < 1 << chosen.length; mask++) {
    const spelled = parts.slice();
    chosen.forEach((partIndex, bit) => {
      if (mask & (1 << bit)) spelled[partIndex] = 'đ' + spelled[partIndex]!.slice(1);
    });
    variants.push(spelled.join(''));
  }
  return variants;
}

export interface PlannedSearch {
  term: string;
  /** Pages found by a phrase search rank above pages that only contain the words somewhere. */
  tier: number;
}

/**
 * The Pagefind searches for one query: each đ-spelling as typed, and for several
 * unquoted words also as a phrase, so "doi xu" puts "đối xử" above pages that only say "xử".
 */
export function searchPlan(query: string): PlannedSearch[] {
  const plan: PlannedSearch[] = [];
  const asPhrase = !query.includes('"') && query.includes(' ');
  for (const variant of queryVariants(query)) {
    plan.push({ term: variant, tier: 0 });
    if (asPhrase) plan.push({ term: `"${variant}"`, tier: 1 });
  }
  return plan;
}

export interface Scored<T> {
  id: string;
  score: number;
  tier: number;
  value: T;
}

/**
 * Union of the result lists of all planned searches, best first: highest tier, then the
 * best plain score. Pagefind scores every phrase match 1, so a phrase search only lifts
 * a page into its tier. The result kept for display (excerpt, sub-results) is also the
 * best plain one: phrase searches match "Điều 14" in running text but not the heading
 * "Điều 14." and would point to the wrong article. Ties keep first-seen order.
 */
export function mergeResults<T>(lists: Scored<T>[][]): Scored<T>[] {
  const pages = new Map<string, { tier: number; shown: Scored<T> }>();
  for (const item of lists.flat()) {
    const page = pages.get(item.id);
    if (!page) {
      pages.set(item.id, { tier: item.tier, shown: item });
      continue;
    }
    page.tier = Math.max(page.tier, item.tier);
    const plainFirst = page.shown.tier > 0 && item.tier === 0;
    if (plainFirst || (page.shown.tier === item.tier && item.score > page.shown.score)) page.shown = item;
  }
  // Array.prototype.sort is stable: equal keys keep insertion order.
  return [...pages.values()]
    .map(({ tier, shown }) => ({ ...shown, tier }))
    .sort((a, b) => b.tier - a.tier || b.score - a.score);
}

const fold = (text: string): string => foldDiacritics(text).toLowerCase();

/**
 * Whether the reader typed any accent (đ included). Without accents, Pagefind's bonus for
 * exact-accent matches must be off: "binh đang gioi" would otherwise favour pages that
 * happen to contain the literal word "đang" over the Law that says "bình đẳng giới".
 */
export function typedAccents(query: string): boolean {
  return fold(query) !== query.toLowerCase();
}

/** Words of a text, lower case, split on anything that is not a letter or digit. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * With accents typed, pages containing the words exactly as typed come first
 * ("bảo" before pages that only say "bạo" or "báo"). Stable otherwise; a query typed
 * without accents is left alone.
 */
export function preferExactAccents<T>(query: string, items: T[], textOf: (item: T) => string): T[] {
  const accented = wordsOf(query).filter(typedAccents);
  if (!accented.length) return items;
  const exact = (item: T): boolean => {
    const words = new Set(wordsOf(textOf(item)));
    return accented.every((word) => words.has(word));
  };
  const [first, rest] = [items.filter(exact), items.filter((item) => !exact(item))];
  return [...first, ...rest];
}

/**
 * Orders sub-results: the heading that starts with the query first ("dieu 14" →
 * "Điều 14. …"), then headings naming more query words, then sections with more matched
 * words; among equals the shorter, more specific heading ("Điều 18. Bình đẳng giới trong
 * gia đình" before a chapter title that also says "gia đình").
 */
export function rankSubResults<T extends { title: string; locations?: number[] }>(query: string, subResults: T[]): T[] {
  const words = wordsOf(fold(query));
  const keyed = subResults.map((sub, index) => {
    const titleWords = wordsOf(fold(sub.title));
    const leads = words.every((word, position) => titleWords[position] === word) ? 1 : 0;
    const named = words.filter((word) => titleWords.includes(word)).length;
    return { sub, index, keys: [leads, named, sub.locations?.length ?? 0, -titleWords.length] };
  });
  const compare = (a: number[], b: number[]) => a.findIndex((value, i) => value !== b[i]);
  return keyed
    .sort((a, b) => {
      const at = compare(a.keys, b.keys);
      return at < 0 ? a.index - b.index : b.keys[at]! - a.keys[at]!;
    })
    .map(({ sub }) => sub);
}
