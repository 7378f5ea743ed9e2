/**
 * Every page carries the header search loader (src/components/search/SearchBox.astro): a tiny
 * module that fetches search code on first focus. JS-budget tests of a page count it apart.
 */
import type { HTMLElement } from 'node-html-parser';

export const SEARCH_LOADER = /\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/** The page's scripts other than JSON-LD and the search loader. */
export function pageScripts(html: HTMLElement): HTMLElement[] {
  return html
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json' && !SEARCH_LOADER.test(script.getAttribute('src') ?? ''));
}
