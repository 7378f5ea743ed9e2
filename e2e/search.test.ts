/**
 * Search in Chromium against the built site: loading only on focus, the đ gap closed,
 * accents and keyboard input shapes, keyboard use, 360 px, filters, shared URLs,
 * no-JS fallback, sub-folder base path and the byte budget of a first search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { DESKTOP, PHONE, launchBrowser, watchErrors } from './support/browser';
import { axeViolations } from './support/axe';
import { readResults, searchInHeader, searchOnPage } from './support/search';
import { serveDist, type StaticServer } from '../tests/support/server';
import { BASE_PATH, DIST, DIST_BASE } from '../tests/support/paths';

const LAW = 'van-ban/luat-binh-dang-gioi-2006/';
/** Issue 12: JS (worker included), WASM and index chunks of a first search, compressed as served (was 150 KB, measured 121–149 KB). */
const FIRST_SEARCH_BUDGET = 130 * 1024;
/** The same plus the page texts Pagefind fetches for the three results shown (excerpts, sub-results). */
const FIRST_SEARCH_WITH_RESULTS_BUDGET = 200 * 1024;
/** DESIGN: JS on a content page before the search box is focused. */
const CONTENT_PAGE_JS_BUDGET = 3 * 1024;
const SEARCH_CODE = /\/pagefind\/|\/_astro\/search\./;

let server: StaticServer;
let baseServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  [server, baseServer, browser] = await Promise.all([serveDist(DIST), serveDist(DIST_BASE, BASE_PATH), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([server?.close(), baseServer?.close()]);
});

async function openPage(
  url: string,
  viewport = DESKTOP,
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { context, page, errors };
}

/** Wire size of a response: the gzip body length our server sends. */
async function wireBytes(response: Response): Promise<number> {
  const length = (await response.allHeaders())['content-length'];
  return length ? Number(length) : (await response.body()).length;
}

describe('loading', () => {
  it('downloads nothing of search before the box is focused, and little JS', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(server.url + LAW);
    await page.waitForLoadState('networkidle');
    expect(responses.map((response) => response.url()).filter((url) => SEARCH_CODE.test(url))).toEqual([]);
    let js = 0;
    for (const response of responses) if (response.request().resourceType() === 'script') js += await wireBytes(response);
    const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (scripts) =>
      scripts.reduce((n, s) => n + s.textContent!.length, 0),
    );
    console.log(`JS on the Law page before focus: ${js} B external (gzip) + ${inline} B inline`);
    expect(js + inline).toBeLessThanOrEqual(CONTENT_PAGE_JS_BUDGET);

    const loaded = page.waitForResponse((response) => response.url().includes('/pagefind/pagefind.js'));
    await page.focus('#tim-kiem-nhanh');
    await loaded;
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const query of ['binh dang gioi', 'dang', 'bình đẳng giới', 'dieu 14']) {
    it(`a first search for "${query}" stays within the byte budget`, async () => {
      const { context, page, errors } = await openPage(server.url + LAW);
      await page.waitForLoadState('networkidle');
      const pending: Promise<[string, number]>[] = [];
      page.on('response', (response) => pending.push(wireBytes(response).then((bytes) => [response.url(), bytes])));
      await page.focus('#tim-kiem-nhanh');
      const results = await searchInHeader(page, query);
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(pending);
      const sum = (list: [string, number][]) => list.reduce((n, [, bytes]) => n + bytes, 0);
      // The budget counts the search machinery (JS, WASM, index and filter chunks);
      // the texts of the shown results (fragments) come on top and are budgeted apart.
      const machinery = sizes.filter(([url]) => !url.includes('/pagefind/fragment/'));
      const kb = (bytes: number) => (bytes / 1024).toFixed(1);
      console.log(
        `first search "${query}": ${kb(sum(machinery))} KB search code and index + ${kb(sum(sizes) - sum(machinery))} KB result texts (${sizes.length} requests)`,
      );
      expect(results.pages.length).toBeGreaterThan(0);
      // Searching runs in Pagefind's worker, off the page's main thread.
      expect(sizes.some(([url]) => url.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
      expect(sum(machinery)).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
      expect(sum(sizes)).toBeLessThanOrEqual(FIRST_SEARCH_WITH_RESULTS_BUDGET);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('Vietnamese queries in the header box', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ context, page, errors } = await openPage(server.url + LAW));
    await page.focus('#tim-kiem-nhanh');
  });
  afterAll(() => context.close());

  const marked = (excerpts: string[]) =>
    excerpts.flatMap((html) => [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase()));

  it.each([
    ['dang', 'đẳng'],
    ['dai', 'đại'],
    ['dieu', 'điều'],
    ['doi xu', 'đối'],
  ])('one word typed with d, "%s", finds "%s"', async (query, word) => {
    const results = await searchInHeader(page, query);
    expect(
      marked(results.excerpts).some((text) => text.startsWith(word)),
      results.excerpts.join('\n'),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"dang" alone reaches the Law (Starlight missed it)', async () => {
    const results = await searchInHeader(page, 'dang');
    expect(results.pages).toContain('/' + LAW);
  });

  it('"dieu 14" and "điều 14" lead to Article 14 of the Law', async () => {
    for (const query of ['dieu 14', 'điều 14']) {
      const results = await searchInHeader(page, query);
      const law = results.pages.indexOf('/' + LAW);
      expect(law, query).toBeGreaterThanOrEqual(0);
      expect(law, query).toBeLessThan(3);
      expect(results.subs[law]![0], query).toBe(`/${LAW}#dieu-14`);
    }
  });

  it('ranks exact-accent matches first when accents are typed', async () => {
    for (const word of ['bảo', 'bạo']) {
      const results = await searchInHeader(page, word);
      expect(marked([results.excerpts[0]!]), word).toContain(word);
    }
  });

  it('gives upper case, NFD input and extra spaces the same results as clean input', async () => {
    const clean = (await searchInHeader(page, 'bình đẳng giới')).pages;
    for (const variant of ['BÌNH ĐẲNG GIỚI', 'bình đẳng giới'.normalize('NFD'), '   bình   đẳng    giới ']) {
      await page.fill('#tim-kiem-nhanh', 'x');
      expect((await searchInHeader(page, variant)).pages, JSON.stringify(variant)).toEqual(clean);
    }
  });

  it('matches a quoted phrase as a phrase', async () => {
    const phrase = 'bạo lực trên cơ sở giới';
    const results = await searchInHeader(page, `"${phrase}"`);
    const text = results.excerpts[0]!.replace(/<\/?mark>/g, '').toLowerCase();
    expect(text).toContain(phrase);
    expect(marked([results.excerpts[0]!]).join(' ')).toContain(phrase);
  });
});

describe('answers that never embarrass', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ context, page, errors } = await openPage(server.url + 'tim-kiem/'));
  });
  afterAll(() => context.close());

  it.each(['xyzqq', 'abcdef', 'bao xyzqq'])('"%s" finds nothing, not a list marker or a Roman numeral', async (query) => {
    const results = await searchOnPage(page, query);
    expect(results.pages).toEqual([]);
    expect(results.status).toContain('Không tìm thấy');
    expect(errors).toEqual([]);
  });

  it.each(['bao luc', 'ban vi su tien bo cua phu nu', 'ngay co hieu luc'])(
    'shows text of the documents for "%s", never the words of a panel or a badge',
    async (query) => {
      const results = await searchOnPage(page, query);
      const text = results.excerpts.join(' ').replace(/<\/?mark>/g, '');
      expect(text).not.toMatch(/Chưa kiểm chứng|Ngày có hiệu lực|Số hiệu \d|Loại văn bản|Cơ quan ban hành|Ngày kiểm tra/);
    },
  );

  it('"dieu 99" says the Law has 44 articles and offers its table of contents', async () => {
    const results = await searchOnPage(page, 'dieu 99');
    expect(results.pages).toEqual([]);
    expect(results.status).toContain('44 điều');
    const link = page.locator('[data-search-page] .search-notice a');
    expect(await link.getAttribute('href')).toBe(`/${LAW}#muc-luc`);
  });

  it('shows the Law for "dieu 14" with a snippet from Điều 14 itself', async () => {
    const results = await searchOnPage(page, 'dieu 14');
    expect(results.pages[0]).toBe(`/${LAW}`);
    const snippet = results.excerpts[0]!.replace(/<\/?mark>/g, '');
    expect(snippet).toMatch(/^Điều 14\. Bình đẳng giới trong lĩnh vực giáo dục và đào tạo/);
  });
});

describe('header box interface', () => {
  it('opens Điều 14 itself on "dieu 14" + Enter', async () => {
    const { context, page, errors } = await openPage(server.url + 'hoi-dap/', PHONE);
    // The Enter handler comes with the search code, which focus fetches.
    const loaded = page.waitForResponse((response) => response.url().includes('/pagefind/pagefind.js'));
    await page.focus('#tim-kiem-nhanh');
    await loaded;
    await page.keyboard.type('dieu 14');
    await Promise.all([page.waitForURL(`${server.url}${LAW}#dieu-14`), page.keyboard.press('Enter')]);
    // Leaving the page may cancel Pagefind's own downloads still under way: not an error of the page.
    expect(errors.filter((error) => !error.startsWith('request failed'))).toEqual([]);
    await context.close();
  });
  it('is usable by keyboard alone: Tab in, type, arrows to an article, Enter opens it, Escape closes', async () => {
    const { context, page, errors } = await openPage(server.url + 'van-ban/nd-48-2009-nd-cp/');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'tim-kiem-nhanh'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-nhanh');
    await page.keyboard.type('dieu 14');
    await page.waitForFunction(() => document.querySelector('#ket-qua-nhanh [data-search-status]')?.textContent?.includes('«dieu 14»'));
    expect(await page.isVisible('#ket-qua-nhanh')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#ket-qua-nhanh')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-nhanh');

    await page.fill('#tim-kiem-nhanh', '');
    // Emptying the box drops the results once the typing pause has passed; then search again.
    await page.waitForFunction(() => !document.querySelector('#ket-qua-nhanh .search-result'));
    await page.keyboard.type('dieu 14');
    await page.waitForSelector('#ket-qua-nhanh:not([hidden]) .search-result');
    const results = await readResults(page, '#ket-qua-nhanh');
    const law = results.pages.indexOf('/' + LAW);
    // Arrow down through the links of the panel to the Law's first sub-result.
    const target = `/${LAW}#dieu-14`;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('ArrowDown');
      const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
      if (focused.endsWith(target)) break;
    }
    expect(law).toBeGreaterThanOrEqual(0);
    await Promise.all([page.waitForURL((url) => url.href.endsWith(target)), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a 360 px phone and passes axe with results open', async () => {
    const { context, page, errors } = await openPage(server.url + LAW, PHONE);
    await page.focus('#tim-kiem-nhanh');
    await searchInHeader(page, 'bao luc');
    const box = (await page.locator('#ket-qua-nhanh').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('search page', () => {
  const shared = `tim-kiem/?q=binh+dang+gioi&loai-van-ban=${encodeURIComponent('Nghị định')}`;

  it('narrows results with a filter and shows the counts', async () => {
    const { context, page, errors } = await openPage(server.url + 'tim-kiem/');
    const all = await searchOnPage(page, 'binh dang gioi');
    const decree = page.locator('input[name="loai-van-ban"][value="Nghị định"]');
    const label = (await decree.locator('xpath=..').textContent())!;
    const count = Number(label.match(/\((\d+)\)/)![1]);
    await decree.check();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-page] .search-result').length === n, count);
    const filtered = await readResults(page, '[data-search-page]');
    expect(filtered.pages.length).toBe(count);
    expect(filtered.pages.length).toBeLessThan(all.pages.length);
    expect(filtered.pages.every((url) => url.startsWith('/van-ban/nd-'))).toBe(true);
    expect(await page.$$eval('[data-search-page] .search-badge', (badges) => badges.map((b) => b.textContent))).toEqual(
      filtered.pages.map(() => 'Nghị định'),
    );
    // The address bar now holds the query and the filter: the link to share.
    expect([...new URL(page.url()).searchParams]).toEqual([...new URLSearchParams(shared.split('?')[1])]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens the same results from a shared link', async () => {
    const first = await openPage(server.url + shared);
    await first.page.waitForSelector('[data-search-page] .search-result');
    const before = await readResults(first.page, '[data-search-page]');
    const second = await openPage(server.url + shared, PHONE);
    await second.page.waitForSelector('[data-search-page] .search-result');
    const after = await readResults(second.page, '[data-search-page]');
    expect(after.pages).toEqual(before.pages);
    expect(after.pages.length).toBeGreaterThan(0);
    expect(await second.page.inputValue('#tim-kiem-trang')).toBe('binh dang gioi');
    expect(await second.page.isChecked('input[name="loai-van-ban"][value="Nghị định"]')).toBe(true);
    expect(await axeViolations(second.page)).toEqual([]);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await Promise.all([first.context.close(), second.context.close()]);
  });

  it('explains itself and links the library without JavaScript', async () => {
    const { context, page } = await openPage(server.url + 'tim-kiem/?q=dang', DESKTOP, false);
    const note = page.locator('[data-search-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator('a').getAttribute('href')).toBe('/van-ban/');
    await context.close();
  });
});

describe('under a sub-folder base path', () => {
  it('searches and links inside the base path', async () => {
    const { context, page, errors } = await openPage(baseServer.url + LAW);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.focus('#tim-kiem-nhanh');
    const results = await searchInHeader(page, 'dieu 14');
    expect(results.pages).toContain(`${BASE_PATH}${LAW}`);
    expect(results.subs[results.pages.indexOf(`${BASE_PATH}${LAW}`)]![0]).toBe(`${BASE_PATH}${LAW}#dieu-14`);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);

    await page.goto(`${baseServer.url}tim-kiem/?q=nghi+dinh+48`);
    await page.waitForSelector('[data-search-page] .search-result');
    expect((await readResults(page, '[data-search-page]')).pages.slice(0, 3)).toContain(`${BASE_PATH}van-ban/nd-48-2009-nd-cp/`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('fast typing', () => {
  /** Serves a stand-in pagefind.js that counts the searches reaching Pagefind, then hands them on. */
  async function countSearches(page: Page): Promise<() => Promise<number>> {
    await page.route(
      (url) => url.pathname.endsWith('/pagefind/pagefind.js') && !url.search,
      (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: `import * as real from './pagefind.js?real';
export * from './pagefind.js?real';
export async function search(...args) { globalThis.searchesRun = (globalThis.searchesRun ?? 0) + 1; return real.search(...args); }`,
        }),
    );
    return () => page.evaluate(() => (globalThis as { searchesRun?: number }).searchesRun ?? 0);
  }

  it.each([
    ['the header box', LAW, '#tim-kiem-nhanh', '#ket-qua-nhanh'],
    ['the search page', 'tim-kiem/', '#tim-kiem-trang', '[data-search-page]'],
  ])('runs a handful of searches, not 200, for 200 keystrokes in %s, and shows the last query', async (_, path, box, scope) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const searchesRun = await countSearches(page);
    await page.goto(server.url + path);
    await page.focus(box);
    const typed = 'bình đẳng giới trong giáo dục và đào tạo, phòng ngừa bạo lực trên cơ sở giới '.repeat(3).slice(0, 199) + 'x';
    const last = 'thang hanh dong';
    await page.keyboard.type(typed); // 200 keystrokes, as fast as the browser takes them
    await page.fill(box, '');
    await page.keyboard.type(last);
    await page.waitForFunction(
      ([selector, text]) => document.querySelector(`${selector} [data-search-status]`)?.textContent?.includes(text!),
      [scope, `«${last}»`] as const,
      { timeout: 15_000 },
    );
    const settled = await readResults(page, scope);
    // Each keystroke used to run a full search in a queue (200 searches, 37–55 s to settle).
    const runs = await searchesRun();
    console.log(`${runs} searches for 200 + ${last.length} keystrokes`);
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThan(20);
    // The results are those of the last query, as a fresh search for it gives them.
    const fresh = await openPage(`${server.url}tim-kiem/?q=${encodeURIComponent(last)}`);
    await fresh.page.waitForSelector('[data-search-page] .search-result');
    const expected = (await readResults(fresh.page, '[data-search-page]')).pages;
    expect(settled.pages.length).toBeGreaterThan(0);
    expect(settled.pages).toEqual(expected.slice(0, settled.pages.length));
    await fresh.context.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('when search cannot load', () => {
  it.each([
    ['the header box', LAW, '#tim-kiem-nhanh', '#ket-qua-nhanh'],
    ['the search page', 'tim-kiem/?q=bao+luc', '#tim-kiem-trang', '[data-search-page]'],
  ])('says so in Vietnamese in %s and offers the library', async (_, path, box, scope) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // As when the index folder was not deployed, or a policy blocks it.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(server.url + path);
    await page.focus(box);
    await page.fill(box, 'bao luc');
    const status = page.locator(`${scope} [data-search-status]`);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Không mở được bộ tìm kiếm');
    expect(await page.locator(`${scope} .search-notice a`).getAttribute('href')).toBe('/van-ban/');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
