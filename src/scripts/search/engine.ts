/**
 * Loads Pagefind on demand and runs Vietnamese queries: every đ-spelling of the query
 * (see lib/search-query) is searched and the results merged. Nothing here runs before
 * the reader focuses a search box.
 */
import { LOAI_VAN_BAN } from '../../lib/taxonomy';
import { mergeResults, normaliseQuery, rankSubResults, searchPlan, typedAccents, type Scored } from '../../lib/search-query';

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
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
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

export interface SearchOutcome {
  query: string;
  total: number;
  /** Per filter value, the pages matching the query with that value alone (the largest over the đ-spellings). */
  counts: FilterCounts;
  /** Loads the views of results [from, to). */
  views(from: number, to: number): Promise<ResultView[]>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // Main thread: the worker would cost another 12 KB on a first search; queries are tiny.
    await pagefind.options({ baseUrl: BASE, excerptLength: 22, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

export async function allFilters(): Promise<FilterCounts> {
  return (await loadPagefind()).filters();
}

function toView(query: string, data: PagefindData): ResultView {
  const page = data.url.split('#')[0];
  const subResults = rankSubResults(
    query,
    // Pagefind lists the page itself (its h1) as a sub-result; only sections deep-link.
    data.sub_results.filter((sub) => sub.url !== page),
  );
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    soHieu: data.meta['so-hieu'],
    // A document shows its type (Luật, Nghị định…), any other page its kind (Hướng dẫn, Ấn phẩm…).
    loai: data.meta.loai ?? data.filters['loai-trang']?.[0],
    excerpt: data.excerpt,
    subResults,
  };
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Searches one at a time: each search switches Pagefind options (exact accents, ranking)
 * that a search still waiting for index chunks would otherwise pick up.
 */
export function search(raw: string, filters: Record<string, string[]> = {}): Promise<SearchOutcome> {
  const outcome = running.then(() => searchNow(raw, filters));
  running = outcome.catch(() => undefined);
  return outcome;
}

async function searchNow(raw: string, filters: Record<string, string[]>): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = normaliseQuery(raw);
  const filterQuery: FilterQuery = {};
  for (const [key, values] of Object.entries(filters)) if (values.length) filterQuery[key] = { any: values };
  const plan = searchPlan(query);
  const lawOnly: FilterQuery = { ...filterQuery, 'loai-van-ban': { any: [LOAI_VAN_BAN.luat] } };
  const run = (exact: boolean) =>
    Promise.all(plan.map((planned) => pagefind.search(planned.term, { filters: planned.lawOnly ? lawOnly : filterQuery }))).then(
      (responses) => responses.map((response, index) => ({ response, planned: plan[index]!, exact })),
    );
  const accents = typedAccents(query);
  // Accents typed: one pass requiring them exactly (ranked first), one pass folding them.
  // No accents: Pagefind's bonus for exact accents must be off (see typedAccents).
  const passes = [];
  if (accents) {
    await pagefind.options({ exactDiacritics: true, ranking: { diacriticSimilarity: null } });
    passes.push(...(await run(true)));
  }
  await pagefind.options({ exactDiacritics: false, ranking: { diacriticSimilarity: accents ? null : 0 } });
  passes.push(...(await run(false)));
  const merged = mergeResults(
    passes.map(({ response, planned, exact }): Scored<PagefindResult>[] =>
      (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, tier: planned.tier, exact, value: result })),
    ),
  );
  // Phrase searches find a subset of their plain twin; counts come from the plain ones.
  const counts: FilterCounts = {};
  passes.forEach(({ response, planned, exact }) => {
    if (!response || planned.tier > 0 || exact) return; // the other searches find subsets
    for (const [key, values] of Object.entries(response.totalFilters)) {
      const target = (counts[key] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = Math.max(target[value] ?? 0, count);
    }
  });
  return {
    query,
    total: merged.length,
    counts,
    views: async (from, to) => {
      const pages = await Promise.all(merged.slice(from, to).map((item) => item.value.data()));
      return pages.map((data) => toView(query, data));
    },
  };
}
