/** Reads what the page tells search about the site (see src/data/search-facts.ts). */
import type { LawFacts } from './engine';

export interface SiteFacts {
  /** Absent when the library has no Law (a fixture site). */
  law?: LawFacts;
  library: string;
}

export function readFacts(form: HTMLElement): SiteFacts {
  const { lawUrl, lawArticles, libraryUrl } = form.dataset;
  return { law: lawUrl && lawArticles ? { url: lawUrl, articles: Number(lawArticles) } : undefined, library: libraryUrl ?? '' };
}
