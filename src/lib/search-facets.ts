/**
 * What a page tells the search index about itself besides its text: filters (with the
 * Vietnamese labels the reader sees and counts) and metadata shown on a result.
 * Keys are ASCII because they travel in URLs of shared searches (?loai-trang=…).
 */
import { PAGE_KIND, type PageKind } from './routes';
import { CAP, CHU_DE, LOAI_VAN_BAN } from './taxonomy';
import type { DocumentData } from './content-schema';
import { nameKey } from './search-query';

/** Filter keys in the order the search page shows them, with their Vietnamese names. */
export const SEARCH_FILTERS = {
  'loai-trang': 'Loại trang',
  'loai-van-ban': 'Loại văn bản',
  'cap-ban-hanh': 'Cấp ban hành',
  'chu-de': 'Chủ đề',
} as const;
export type SearchFilterKey = keyof typeof SEARCH_FILTERS;

export type Facets = Partial<Record<string, string[]>>;

export function pageKindFilters(kind: PageKind): Facets {
  return { 'loai-trang': [PAGE_KIND[kind]] };
}

type NamedDocument = Pick<DocumentData, 'slug' | 'loai' | 'cap' | 'chuDe' | 'soHieu' | 'tenNgan' | 'title'>;

/**
 * The names people type for a document, as nameKey folds them: its short name and title, its
 * number with and without its kind ("nghị định 48", "nghị định 48/2009", "48/2009/nđ-cp"), and
 * for a law its name without "Luật" ("bình đẳng giới"). A query that is one of them puts the
 * document first: its own page may be long and say its name once, while others quote it often.
 */
export function documentNames(data: Omit<NamedDocument, 'slug' | 'cap' | 'chuDe'>): string[] {
  const kind = LOAI_VAN_BAN[data.loai];
  const names = [data.tenNgan, data.title];
  if (data.soHieu) {
    const parts = data.soHieu.split('/');
    names.push(data.soHieu, `${kind} ${parts[0]}`, `${kind} ${parts.slice(0, 2).join('/')}`, `${kind} ${data.soHieu}`);
  }
  if (data.loai === 'luat') names.push(data.tenNgan.replace(/^Luật\s+/, ''));
  return [...new Set(names.map(nameKey))];
}

/**
 * A document's filters. Two are not shown on the search page: `van-ban` (its slug), through
 * which an article query ("dieu 14") searches the Law of gender equality alone, not every law;
 * and `ten-goi`, its names (documentNames).
 */
export function documentFilters(data: NamedDocument): Facets {
  return {
    'loai-van-ban': [LOAI_VAN_BAN[data.loai]],
    'cap-ban-hanh': [CAP[data.cap]],
    'chu-de': data.chuDe.map((key) => CHU_DE[key]),
    'van-ban': [data.slug],
    'ten-goi': documentNames(data),
  };
}

/**
 * Shown on a result: the type badge and the document number. The short name
 * ("Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang") is how people name a document;
 * Pagefind searches metadata, so it finds the page even where the body never says it.
 */
export function documentMeta(data: Pick<DocumentData, 'loai' | 'soHieu' | 'tenNgan'>): Record<string, string> {
  return { loai: LOAI_VAN_BAN[data.loai], 'ten-ngan': data.tenNgan, ...(data.soHieu ? { 'so-hieu': data.soHieu } : {}) };
}

export interface IndexTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta';
  /** Pagefind's `name[content]` form: the value is read from the tag's content attribute. */
  name: string;
  content: string;
}

/**
 * `<meta>` tags for the index. Values may contain commas ("Tỉnh, thành phố"), which
 * Pagefind's inline `key:value, …` form would split; the `name[content]` form does not.
 */
export function indexTags(filters: Facets, meta: Record<string, string> = {}): IndexTag[] {
  const tags: IndexTag[] = [];
  for (const [key, values] of Object.entries(filters)) {
    for (const content of values ?? []) tags.push({ attribute: 'data-pagefind-filter', name: `${key}[content]`, content });
  }
  for (const [key, content] of Object.entries(meta)) tags.push({ attribute: 'data-pagefind-meta', name: `${key}[content]`, content });
  return tags;
}
