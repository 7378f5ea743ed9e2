/**
 * Every page carries the header search loader (src/components/search/SearchBox.astro): a tiny
 * module that fetches search code on first focus. JS-budget tests of a page count it apart.
 */
import { statSync } from 'node:fs';
import type { HTMLElement } from 'node-html-parser';
import { fileForUrlPath } from '../../src/lib/build-check/site-files';

export const SEARCH_LOADER = /\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

/** The page's scripts other than JSON-LD and the search loader. */
export function pageScripts(html: HTMLElement): HTMLElement[] {
  return html
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json' && !SEARCH_LOADER.test(script.getAttribute('src') ?? ''));
}

/** Bytes of a script as shipped: its inline text, or the file its src names (base '/' builds). */
export function scriptBytes(dist: string, script: HTMLElement): number {
  const src = script.getAttribute('src');
  if (!src) return Buffer.byteLength(script.textContent);
  const file = fileForUrlPath(dist, src);
  if (!file) throw new Error(`script ${src} is not in the build`);
  return statSync(file).size;
}
