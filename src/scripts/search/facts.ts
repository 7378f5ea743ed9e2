/** Reads what the page tells search about the site (see src/data/search-facts.ts). */
import type { LawFacts } from './engine';

export interface SiteFacts {
  /** Absent when the library has no Law (a fixture site). */
  law?: LawFacts;
  library: string;
}

export function readFacts(form: HTMLElement): SiteFacts {
  const { lawSlug, lawUrl, lawArticles, libraryUrl } = form.dataset;
  return {
    law: lawSlug && lawUrl && lawArticles ? { slug: lawSlug, url: lawUrl, articles: Number(lawArticles) } : undefined,
    library: libraryUrl ?? '',
  };
}
