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
  /** Restrict to the Law: an article query ("điều 14") puts the Law itself first. */
  lawOnly?: boolean;
}

/**
 * The Pagefind searches for one query: each đ-spelling as typed, and for several
 * unquoted words also as a phrase, so "doi xu" puts "đối xử" above pages that only say "xử".
 * An article query is also searched in the Law alone, ranked above everything else.
 */
export function searchPlan(query: string): PlannedSearch[] {
  const plan: PlannedSearch[] = [];
  const asPhrase = !query.includes('"') && query.includes(' ');
  const article = articleQuery(query) !== null;
  for (const variant of queryVariants(query)) {
    plan.push({ term: variant, tier: 0 });
    if (asPhrase) plan.push({ term: `"${variant}"`, tier: 1 });
    if (article) plan.push({ term: variant, tier: 2, lawOnly: true });
  }
  return plan;
}

export interface Scored<T> {
  id: string;
  score: number;
  tier: number;
  /** Found by a search that required the accents exactly as typed (Pagefind `exactDiacritics`). */
  exact?: boolean;
  value: T;
}

/**
 * Union of the result lists of all planned searches, best first: highest tier, then pages
 * matching the accents as typed ("bảo" before "bạo", "báo"), then the best plain score.
 * Pagefind scores every phrase match 1, so a phrase search only lifts a page into its tier.
 * The result kept for display (excerpt, sub-results) is the best plain one, exact accents
 * preferred: phrase searches match "Điều 14" in running text but not the heading
 * "Điều 14." and would point to the wrong article. Ties keep first-seen order.
 */
export function mergeResults<T>(lists: Scored<T>[][]): Scored<T>[] {
  const pages = new Map<string, { tier: number; exact: boolean; shown: Scored<T> }>();
  const display = (item: Scored<T>) => [item.tier === 0 ? 1 : 0, item.exact ? 1 : 0, item.score];
  const before = (a: number[], b: number[]) => {
    const at = a.findIndex((value, i) => value !== b[i]);
    return at >= 0 && a[at]! > b[at]!;
  };
  for (const item of lists.flat()) {
    const page = pages.get(item.id);
    if (!page) {
      pages.set(item.id, { tier: item.tier, exact: item.exact ?? false, shown: item });
      continue;
    }
    page.tier = Math.max(page.tier, item.tier);
    page.exact ||= item.exact ?? false;
    if (before(display(item), display(page.shown))) page.shown = item;
  }
  // Array.prototype.sort is stable: equal keys keep insertion order.
  return [...pages.values()]
    .map(({ tier, exact, shown }) => ({ ...shown, tier, exact }))
    .sort((a, b) => b.tier - a.tier || Number(b.exact) - Number(a.exact) || b.score - a.score);
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
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
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

/**
 * "điều 14", "Dieu 14", "điều 14 luật": the reader wants Article 14 of the Law itself,
 * not the explainers and FAQ answers that cite it. Returns the article number or null.
 */
export function articleQuery(query: string): number | null {
  const match = /^dieu (\d{1,3})(?: luat(?: binh dang gioi)?)?$/.exec(fold(query).replace(/"/g, '').trim());
  return match ? Number(match[1]) : null;
}
