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
 * Union of the result lists of all planned searches, best first: higher tier first, then
 * the sum of scores — a page found by several spellings adds them, as a disjunctive query
 * would ("dang" → "dạng" or "đẳng"). Ties keep first-seen order.
 */
export function mergeResults<T>(lists: Scored<T>[][]): Scored<T>[] {
  const merged = new Map<string, Scored<T>>();
  for (const list of lists) {
    for (const item of list) {
      const seen = merged.get(item.id);
      if (!seen) merged.set(item.id, { ...item });
      else {
        seen.score += item.score;
        seen.tier = Math.max(seen.tier, item.tier);
      }
    }
  }
  // Array.prototype.sort is stable: equal keys keep insertion order.
  return [...merged.values()].sort((a, b) => b.tier - a.tier || b.score - a.score);
}

const fold = (text: string): string => foldDiacritics(text).toLowerCase();

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
  const accented = wordsOf(query).filter((word) => fold(word) !== word);
  if (!accented.length) return items;
  const exact = (item: T): boolean => {
    const words = new Set(wordsOf(textOf(item)));
    return accented.every((word) => words.has(word));
  };
  const [first, rest] = [items.filter(exact), items.filter((item) => !exact(item))];
  return [...first, ...rest];
}

/**
 * Orders sub-results so that the heading naming every query word as a whole word
 * comes first ("dieu 14" → "Điều 14. …", not "Điều 4. …" that only mentions 14 in its text).
 * Stable otherwise (page order from Pagefind).
 */
export function rankSubResults<T extends { title: string }>(query: string, subResults: T[]): T[] {
  const words = wordsOf(fold(query));
  const score = (title: string): number => {
    const titleWords = wordsOf(fold(title));
    return words.filter((word) => titleWords.includes(word)).length;
  };
  return subResults
    .map((sub, index) => ({ sub, index, score: score(sub.title) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ sub }) => sub);
}
