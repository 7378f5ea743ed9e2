/**
 * Loads Pagefind on demand (its search runs in Pagefind's own web worker) and answers
 * Vietnamese queries with as few searches as possible: one, plus one in the Law alone for
 * an article query ("dieu 14"). Nothing here runs before the reader focuses a search box.
 */
import {
  answersQuery,
  articleQuery,
  leadingSection,
  nameKey,
  normaliseQuery,
  queryWordCount,
  rankResults,
  rankSubResults,
  typedAccents,
  type Found,
} from '../../lib/search-query';
import { queryAsIndexed, restoreDStroke } from '../../lib/search-d-stroke';
import { excerptAt, firstExactMatch, firstRun } from '../../lib/search-excerpt';

const BASE = import.meta.env.BASE_URL;

type FilterCounts = Record<string, Record<string, number>>;
type FilterQuery = Record<string, { any: string[] }>;

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Positions of the matched words on the page. */
  words?: number[];
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts for the query with no filter applied: a reader sees what each choice would give. */
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string, options?: { filters?: FilterQuery }): Promise<PagefindResponse | null>;
}

export interface ResultView {
  url: string;
  title: string;
  soHieu?: string;
  loai?: string;
  /** Pagefind's excerpt: escaped text with <mark> around matched words. */
  excerpt: string;
  subResults: PagefindSubResult[];
}

/** What the site tells search about the Law (data attributes of the search forms). */
export interface LawFacts {
  slug: string;
  url: string;
  articles: number;
}

export type SearchOutcome =
  | {
      kind: 'results';
      query: string;
      total: number;
      /** Per filter value, the pages matching the query with that value alone. */
      counts: FilterCounts;
      /** Loads the views of results [from, to). */
      views(from: number, to: number): Promise<ResultView[]>;
    }
  /** "dieu 99": the Law has no such article. */
  | { kind: 'no-article'; query: string; article: number; law: LawFacts };

/** Pagefind could not be loaded: not built yet, blocked by the server's policy, or offline. */
export class SearchUnavailable extends Error {}

/** Words in an excerpt. */
const EXCERPT_WORDS = 22;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new SearchUnavailable('dev');
    try {
      const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: BASE, excerptLength: EXCERPT_WORDS });
      await pagefind.init();
      return pagefind;
    } catch (error) {
      throw new SearchUnavailable(String(error));
    }
  })();
  return loading;
}

export async function allFilters(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

/** Makes the bonus for accents typed exactly match the query (see typedAccents); remembers the last setting. */
let accentBonus: boolean | undefined;
async function rankForAccents(pagefind: Pagefind, accents: boolean): Promise<void> {
  if (accentBonus === accents) return;
  accentBonus = accents;
  // Pages with the accents as typed come first ("bảo" before "bạo"); much more and every page's
  // score saturates alike, drowning the boost of a matching title.
  await pagefind.options({ ranking: { diacriticSimilarity: accents ? 5 : 0 } });
}

function toView(query: string, data: PagefindData): ResultView {
  const page = data.url.split('#')[0];
  const subResults = rankSubResults(
    query,
    // Pagefind lists the page itself (its h1) as a sub-result; only sections deep-link.
    data.sub_results
      .filter((sub) => sub.url !== page)
      .map((sub) => ({ ...sub, title: restoreDStroke(sub.title), excerpt: restoreDStroke(sub.excerpt) })),
  );
  const meta = (key: string) => (data.meta[key] === undefined ? undefined : restoreDStroke(data.meta[key]));
  return {
    url: data.url,
    // Secondary pages carry their title apart, out of Pagefind's title boost (see BaseLayout).
    title: meta('tieu-de') || meta('title') || data.url,
    soHieu: meta('so-hieu'),
    // A document shows its type (Luật, Nghị định…), any other page its kind (Hướng dẫn, Ấn phẩm…).
    loai: meta('loai') ?? data.filters['loai-trang']?.[0],
    excerpt: excerptFor(query, data, subResults),
    subResults,
  };
}

/**
 * The words that stand for a page in its result: Điều 14's own for "dieu 14"; for several words,
 * the first place they stand side by side; for one word typed with accents, the first place it is
 * written so; otherwise Pagefind's (its densest cluster of matches).
 */
function excerptFor(query: string, data: PagefindData, subResults: PagefindSubResult[]): string {
  const leading = leadingSection(query, subResults);
  if (leading) return leading.excerpt;
  const words = queryWordCount(query);
  // Several words: where they stand together. One word typed with accents: where it is written so.
  const at =
    words > 1 ? firstRun(data.locations, words) : typedAccents(query) ? firstExactMatch(data.content, data.locations, query) : undefined;
  return restoreDStroke(at === undefined ? data.excerpt : excerptAt(data.content, data.locations, at, words, EXCERPT_WORDS));
}

/** Pagefind fetches a page's text anew on every data() call: fetch it once. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** The metadata a reader sees in a result (titles, number, image description), never file addresses. */
function shownMeta(data: PagefindData): string[] {
  return Object.entries(data.meta).flatMap(([key, value]) => (key === 'image' || value === undefined ? [] : [restoreDStroke(value)]));
}

/** The page's words at the positions Pagefind matched (its content is split the same way). */
function matchedWords(data: PagefindData): string[] {
  const words = data.content.split(/\s+/);
  return data.locations.map((position) => words[position] ?? '');
}

let running: Promise<unknown> = Promise.resolve();
let latest = 0;

/**
 * One search at a time: ranking options are global to Pagefind. A search still waiting
 * when a newer one arrives is dropped (resolves to null), so fast typing runs only the
 * searches whose answer someone will see.
 */
export function search(raw: string, law: LawFacts | undefined, filters: Record<string, string[]> = {}): Promise<SearchOutcome | null> {
  const ticket = ++latest;
  const outcome = running.then(() => (ticket === latest ? searchNow(raw, law, filters) : null));
  running = outcome.catch(() => undefined);
  return outcome;
}

async function searchNow(raw: string, law: LawFacts | undefined, filters: Record<string, string[]>): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = normaliseQuery(raw);
  const article = articleQuery(query);
  if (law && article !== null && (article < 1 || article > law.articles)) return { kind: 'no-article', query, article, law };
  const filterQuery: FilterQuery = {};
  for (const [key, values] of Object.entries(filters)) if (values.length) filterQuery[key] = { any: values };
  await rankForAccents(pagefind, typedAccents(query));
  const term = queryAsIndexed(query);
  // Besides the search itself: in the Law alone for an article query, and among documents named
  // exactly as typed ("bình đẳng giới", "nghị định 48"); both lead the results.
  const [main, inLaw, named] = await Promise.all([
    pagefind.search(term, { filters: filterQuery }),
    article === null || !law ? null : pagefind.search(term, { filters: { ...filterQuery, 'van-ban': { any: [law.slug] } } }),
    pagefind.search(term, { filters: { ...filterQuery, 'ten-goi': { any: [nameKey(query)] } } }),
  ]);
  const found = (response: PagefindResponse | null): Found<() => Promise<PagefindData>>[] =>
    (response?.results ?? []).map((result) => ({
      id: result.id,
      score: result.score,
      words: result.words ?? [],
      value: once(() => result.data()),
    }));
  const ranked = rankResults(query, found(main), [...found(inLaw), ...found(named)]);
  // A stand-in match is the same for every page: the first page tells whether the query has an answer.
  const first = ranked[0] ? await ranked[0].value() : undefined;
  const answered = !first || answersQuery(query, matchedWords(first), shownMeta(first));
  const shown = answered ? ranked : [];
  return {
    kind: 'results',
    query,
    total: shown.length,
    counts: answered ? (main?.totalFilters ?? {}) : {},
    views: async (from, to) => {
      const pages = await Promise.all(shown.slice(from, to).map((item) => item.value()));
      return pages.map((data) => toView(query, data));
    },
  };
}
