/** Driving the site's search UI in Chromium: run a query, read the results as links. */
import type { Page } from 'playwright-core';
import { normaliseQuery } from '../../src/lib/search-query';

export interface ResultLinks {
  /** Page URLs (path only) of the results, best first. */
  pages: string[];
  /** Sub-result links (path + anchor) of each result. */
  subs: string[][];
  excerpts: string[];
  status: string;
}

/** Waits until the status line answers `query` (results are rendered before it is set). */
async function waitForAnswer(page: Page, statusSelector: string, query: string): Promise<void> {
  const quoted = `«${normaliseQuery(query)}»`;
  await page.waitForFunction(
    ([selector, text]) => (document.querySelector(selector!)?.textContent ?? '').includes(text!),
    [statusSelector, quoted],
    { timeout: 15_000 },
  );
}

export async function readResults(page: Page, scope: string): Promise<ResultLinks> {
  return page.evaluate((root) => {
    const items = [...document.querySelectorAll(`${root} .search-result`)];
    const path = (a: Element | null) =>
      a ? new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash : '';
    return {
      pages: items.map((item) => path(item.querySelector('.search-result-title a'))),
      subs: items.map((item) => [...item.querySelectorAll('.search-subresults a')].map(path)),
      excerpts: items.map((item) => item.querySelector('.search-excerpt')?.innerHTML ?? ''),
      status: document.querySelector(`${root} [data-search-status]`)?.textContent ?? '',
    };
  }, scope);
}

/** Types a query into the search page's box (already open) and reads the answer. */
export async function searchOnPage(page: Page, query: string): Promise<ResultLinks> {
  await page.fill('#tim-kiem-trang', '');
  await page.fill('#tim-kiem-trang', query);
  await waitForAnswer(page, '[data-search-page] [data-search-status]', query);
  return readResults(page, '[data-search-page]');
}

/** Types a query into the header box of the current page and reads the panel. */
export async function searchInHeader(page: Page, query: string): Promise<ResultLinks> {
  await page.fill('#tim-kiem-nhanh', query);
  await waitForAnswer(page, '#ket-qua-nhanh [data-search-status]', query);
  return readResults(page, '#ket-qua-nhanh');
}
