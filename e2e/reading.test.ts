/**
 * Reading on a phone (issue 12) at 360 × 640 and 1280 × 800: the header leaves room for the
 * text, and stays usable by keyboard with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site';
import { LAPTOP, SMALL_PHONE, watchErrors } from './support/browser';
import { CAP, CAP_ORDER } from '../src/lib/taxonomy';

const site = useSite();

const PAGE_TYPES = [
  '',
  'van-ban/',
  'van-ban/luat-binh-dang-gioi-2006/',
  'huong-dan/binh-dang-gioi-trong-gia-dinh/',
  'hoi-dap/',
  'an-pham/phong-ngua-bao-luc-gioi/',
  'cong-cu/',
  'tim-kiem/',
];

async function open(
  path: string,
  viewport = SMALL_PHONE,
  javaScriptEnabled = true,
): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport, javaScriptEnabled });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site.server.url + path);
  return { page, errors, close: () => context.close() };
}

const headerHeight = (page: Page) => page.locator('header[role="banner"]').evaluate((el) => el.getBoundingClientRect().height);

describe('the header', () => {
  it.each(PAGE_TYPES)('is at most 112 px tall at 360 × 640 on /%s', async (path) => {
    const { page, errors, close } = await open(path);
    expect(await headerHeight(page)).toBeLessThanOrEqual(112);
    expect(await page.isVisible('#tim-kiem-nhanh')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALL_PHONE.width);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens the section menu by keyboard alone, without JavaScript, on a phone', async () => {
    const { page, close } = await open('huong-dan/', SMALL_PHONE, false);
    const sections = page.getByRole('navigation', { name: 'Chính' });
    expect(await sections.isVisible()).toBe(false);
    // Tab order: skip link, site name, menu.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Danh mục');
    await page.keyboard.press('Enter');
    expect(await sections.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Văn bản');
    await Promise.all([page.waitForURL(`${site.server.url}van-ban/`), page.keyboard.press('Enter')]);
    await close();
  });

  it('shows the sections as a row at 1280 × 800, the current one marked', async () => {
    const { page, close } = await open('huong-dan/', LAPTOP);
    const sections = page.getByRole('navigation', { name: 'Chính' });
    expect(await sections.getByRole('link').count()).toBe(7);
    expect(await sections.getByRole('link', { name: 'Hướng dẫn' }).getAttribute('aria-current')).toBe('page');
    expect(await page.isVisible('.site-menu')).toBe(false);
    expect(await headerHeight(page)).toBeLessThanOrEqual(120);
    await close();
  });
});

/** Sum of layout shifts without recent input, as Lighthouse counts them, since the page started. */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { layoutShift: number };
    counted.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) counted.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('the webfont', () => {
  it.each([
    ['van-ban/luat-binh-dang-gioi-2006/', SMALL_PHONE],
    ['huong-dan/binh-dang-gioi-trong-gia-dinh/', SMALL_PHONE],
    ['', SMALL_PHONE],
    ['van-ban/luat-binh-dang-gioi-2006/', LAPTOP],
    ['huong-dan/', LAPTOP],
  ])('moves nothing on /%s (CLS ≤ 0.005) when it arrives late', async (path, viewport) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await recordLayoutShifts(page);
    // Slow 4G: the page is drawn before the font files arrive.
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(site.server.url + path);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
    expect(shift).toBeLessThanOrEqual(0.005);
    await context.close();
  });

  it('is preloaded and drawn from the first paint when it arrives in time', async () => {
    const context = await site.browser.newContext({ viewport: SMALL_PHONE });
    const page = await context.newPage();
    await page.goto(site.server.url + 'huong-dan/binh-dang-gioi-trong-gia-dinh/');
    const preloaded = await page.$$eval('link[rel="preload"][as="font"]', (links) => links.map((link) => (link as HTMLLinkElement).href));
    const declared = await page.evaluate(() =>
      [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Be Vietnam Pro').map((face) => face.status),
    );
    expect(preloaded).toHaveLength(2);
    expect(declared).toEqual(['loaded', 'loaded']);
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Bình đẳng'))).toBe(true);
    await context.close();
  });
});

describe('the home page', () => {
  async function upcomingOn(day: string, javaScriptEnabled = true) {
    const context = await site.browser.newContext({ viewport: SMALL_PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${day}T08:00:00`));
    await page.goto(site.server.url);
    if (javaScriptEnabled) await page.waitForSelector('[data-upcoming="in-view"][data-ready]');
    const inView = await page.$$eval('[data-upcoming="in-view"] > li', (items) =>
      items.map((item) => ({
        title: item.querySelector('a')!.textContent!.trim(),
        now: !item.querySelector<HTMLElement>('[data-now]')!.hidden,
        visible: item.getBoundingClientRect().height > 0 && getComputedStyle(item).visibility === 'visible',
      })),
    );
    const all = await page.$$eval('[data-upcoming] > li a', (links) => links.map((link) => link.textContent!.trim()));
    await context.close();
    return { inView, all };
  }

  it('shows the Action Month first, marked as running, while it runs', async () => {
    const { inView } = await upcomingOn('2026-11-21');
    expect(inView[0]).toEqual({ title: expect.stringMatching(/^Tháng hành động vì bình đẳng giới/), now: true, visible: true });
    expect(inView[1]!.title).toBe('Ngày quốc tế xóa bỏ bạo lực đối với phụ nữ');
    expect(inView.slice(1).every((date) => !date.now)).toBe(true);
  });

  it('shows what comes next, into the next year', async () => {
    const { inView } = await upcomingOn('2027-01-05');
    expect(inView.map((date) => date.title)).toEqual([
      'Ngày Quốc tế Phụ nữ',
      'Ngày Quốc tế Hạnh phúc',
      expect.stringMatching(/báo cáo 6 tháng/),
    ]);
    expect(inView.every((date) => !date.now && date.visible)).toBe(true);
  });

  it('lists every date of the year without JavaScript, in school-year order', async () => {
    const { inView, all } = await upcomingOn('2027-01-05', false);
    expect(all).toHaveLength(7);
    expect(all[0]).toMatch(/^Tháng hành động/);
    expect(inView.every((date) => date.visible && !date.now)).toBe(true);
  });

  it('moves nothing while its script puts the dates in order (CLS ≤ 0.005)', async () => {
    const context = await site.browser.newContext({ viewport: SMALL_PHONE });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-01-05T08:00:00'));
    await recordLayoutShifts(page);
    await page.route('**/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(site.server.url);
    await page.waitForSelector('[data-upcoming="in-view"][data-ready]');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThanOrEqual(0.005);
    await context.close();
  });
});

describe('the lineage page (/van-ban/so-do/)', () => {
  it.each([SMALL_PHONE, LAPTOP])('has no text under 14 px and nothing cut off at %o', async (viewport) => {
    const { page, errors, close } = await open('van-ban/so-do/', viewport);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('main *')) {
        const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        if (ownText && parseFloat(getComputedStyle(element).fontSize) < 14)
          found.push(`${element.tagName} ${getComputedStyle(element).fontSize}: ${element.textContent!.trim().slice(0, 40)}`);
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
          found.push(`clipped: ${element.tagName}`);
      }
      if (document.documentElement.scrollWidth > innerWidth) found.push('page scrolls sideways');
      return found;
    });
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('reads top-down on a phone: one box per row, levels from the centre to the school', async () => {
    const { page, close } = await open('van-ban/so-do/');
    const levels = await page.$$eval('#khi-ban-hanh + p + ol > li', (items) =>
      items.map((item) => ({
        level: item.querySelector('h3')!.textContent!.trim(),
        top: item.getBoundingClientRect().top,
        lefts: [...item.querySelectorAll(':scope > ul > li')].map((box) => Math.round(box.getBoundingClientRect().left)),
      })),
    );
    expect(levels.map((l) => l.level)).toEqual(CAP_ORDER.map((cap) => CAP[cap]));
    expect(levels.every((l, i) => i === 0 || l.top > levels[i - 1]!.top)).toBe(true);
    expect(new Set(levels.flatMap((l) => l.lefts)).size).toBe(1);
    await close();
  });

  it('shows both chains side by side on a laptop, each dated, the current one with its sources', async () => {
    const { page, close } = await open('van-ban/so-do/', LAPTOP);
    const [issued, current] = await Promise.all(['#khi-ban-hanh', '#ap-dung-hien-nay'].map((id) => page.locator(id).boundingBox()));
    expect(Math.abs(issued!.y - current!.y)).toBeLessThan(5);
    expect(current!.x).toBeGreaterThan(issued!.x + issued!.width);
    expect(await page.textContent('#khi-ban-hanh')).toContain('2021–2022');
    // A document issued after the organisation changed shows beside the current one, not in the chain as issued.
    const issuedChain = (await page.locator('section[aria-labelledby="khi-ban-hanh"]').textContent())!;
    expect(issuedChain).not.toMatch(/Ngày \d\d\/\d\d\/2025/);
    expect(await page.textContent('#ap-dung-hien-nay')).toContain('từ ngày 01/07/2025');
    const now = (await page.locator('section[aria-labelledby="ap-dung-hien-nay"]').textContent())!;
    expect(now).toContain('Ủy ban nhân dân xã, phường');
    expect(now).toContain('Bộ Nội vụ');
    expect(now).toContain('chưa đối chiếu bản chính thức');
    expect(now).toContain('(nguồn thứ cấp)');
    // The chain that applies now sends no school to a district office.
    const bodies = await page.$$eval('section[aria-labelledby="ap-dung-hien-nay"] ol > li li', (items) =>
      items.map((item) => item.textContent!),
    );
    expect(bodies.join(' ')).not.toMatch(/Phòng Giáo dục|Phòng GD&ĐT|huyện/);
    await close();
  });
});

/** Average characters per line of the longest paragraph of `selector`: its width over its text's average advance. */
function charactersPerLine(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (paragraphs) => {
    const longest = paragraphs.sort((a, b) => b.textContent!.length - a.textContent!.length)[0]!;
    const text = longest.textContent!;
    const probe = document.createElement('span');
    probe.textContent = text;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    longest.append(probe);
    const advance = probe.getBoundingClientRect().width / text.length;
    probe.remove();
    return longest.getBoundingClientRect().width / advance;
  });
}

describe('a document page on a phone', () => {
  const LAW = 'van-ban/luat-binh-dang-gioi-2006/';

  it('starts the heading of Điều 1 within the first 1.5 screens at 360 × 640', async () => {
    const { page, close } = await open(LAW);
    const top = await page.locator('#dieu-1-tieu-de').evaluate((heading) => heading.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThanOrEqual(1.5 * SMALL_PHONE.height);
    await close();
  });

  it('says number, date and status in one line, with the panel folded until asked for, by keyboard too', async () => {
    const { page, close } = await open(LAW, SMALL_PHONE, false);
    const summary = page.locator('[data-document-summary]');
    // The status is said with its source and the day it was checked, never bare (lib/document-status).
    expect(await summary.textContent()).toMatch(
      /^Luật 73\/2006\/QH11 · 29\/11\/2006 · Còn hiệu lực — theo .+, kiểm tra \d\d\/\d\d\/\d{4}$/,
    );
    // Short on any document; the Law's status names its source, so it takes up to four lines at 360 px.
    expect((await summary.boundingBox())!.height).toBeLessThan(100);
    const panel = page.getByRole('heading', { name: 'Thông tin văn bản' });
    expect(await panel.isVisible()).toBe(false);
    await page.locator('[data-document-details] > summary').focus();
    await page.keyboard.press('Enter');
    expect(await panel.isVisible()).toBe(true);
    await close();
  });

  it('lists the update notices in brief, each linking to its sources, and shows them in full on a laptop', async () => {
    const { page, close } = await open(LAW);
    const brief = page.getByRole('list', { name: 'Cập nhật' });
    expect(await brief.isVisible()).toBe(true);
    expect(await brief.locator('a').first().getAttribute('href')).toMatch(/^\/ghi-chu\/[a-z0-9-]+\/$/);
    expect(await page.isVisible('aside.update-notice')).toBe(false);
    await close();
    const wide = await open(LAW, LAPTOP);
    expect(await wide.page.isVisible('aside.update-notice')).toBe(true);
    expect(await wide.page.getByRole('list', { name: 'Cập nhật' }).isVisible()).toBe(false);
    await wide.close();
  });

  it('shows the panel as it is on a laptop', async () => {
    const { page, close } = await open(LAW, LAPTOP);
    expect(await page.getByRole('heading', { name: 'Thông tin văn bản' }).isVisible()).toBe(true);
    expect(await page.isVisible('[data-document-details] > summary')).toBe(false);
    await close();
  });
});

describe('the Law’s table of contents on a phone', () => {
  it('is folded above the text, and a link to it (from "dieu 99") opens it', async () => {
    const { page, close } = await open('van-ban/luat-binh-dang-gioi-2006/');
    expect(await page.getByRole('navigation', { name: 'Mục lục' }).isVisible()).toBe(false);
    expect(await page.textContent('details:has(nav[aria-labelledby="muc-luc"]) > summary')).toBe('Mục lục: 6 chương, 44 điều');
    await page.goto(site.server.url + 'van-ban/luat-binh-dang-gioi-2006/#muc-luc');
    expect(await page.getByRole('navigation', { name: 'Mục lục' }).isVisible()).toBe(true);
    await close();
  });
});

describe('reading long text on a laptop', () => {
  it.each([
    ['van-ban/luat-binh-dang-gioi-2006/', '.legal-article p'],
    ['huong-dan/binh-dang-gioi-o-truong-hoc/', 'main .prose-vi p'],
  ])('keeps lines of /%s to about 80 characters', async (path, selector) => {
    const { page, close } = await open(path, LAPTOP);
    await page.evaluate(() => document.fonts.ready);
    const perLine = await charactersPerLine(page, selector);
    expect(perLine).toBeGreaterThan(55);
    expect(perLine).toBeLessThanOrEqual(85);
    await close();
  });

  it('keeps the Law’s table of contents beside the text, in view while reading', async () => {
    const { page, close } = await open('van-ban/luat-binh-dang-gioi-2006/#dieu-30', LAPTOP);
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    expect(await toc.isVisible()).toBe(true);
    const box = (await toc.boundingBox())!;
    expect(box.y).toBeLessThan(LAPTOP.height);
    expect(box.x).toBeGreaterThan((await page.locator('#dieu-30').boundingBox())!.x + 400);
    await close();
  });
});

describe('material previews', () => {
  const MATERIAL = 'an-pham/phong-ngua-bao-luc-gioi/';

  it('sends a phone the small preview (≤ 40 KB) and keeps its box while it loads', async () => {
    const context = await site.browser.newContext({ viewport: SMALL_PHONE });
    const page = await context.newPage();
    await recordLayoutShifts(page);
    const sizes = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.url().endsWith('.jpg')) sizes.set(response.url(), (await response.body()).length);
    });
    await page.route('**/*.jpg', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(site.server.url + MATERIAL);
    const preview = page.locator('figure img');
    const before = (await preview.boundingBox())!;
    await preview.evaluate((img: HTMLImageElement) => img.decode());
    const after = (await preview.boundingBox())!;
    const source = await preview.evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(source).toMatch(/-xem-truoc-360\.jpg$/);
    await expect.poll(() => sizes.get(source)).toBeGreaterThan(0);
    expect(sizes.get(source)).toBeLessThanOrEqual(40 * 1024);
    expect(before.height).toBeGreaterThan(200);
    expect(after).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThanOrEqual(0.005);
    await context.close();
  });

  it('offers larger previews to wide screens and sharp phones', async () => {
    const { page, close } = await open(MATERIAL, LAPTOP);
    const source = await page.locator('figure img').evaluate(async (img: HTMLImageElement) => (await img.decode(), img.currentSrc));
    expect(source).toMatch(/-xem-truoc(-600)?\.jpg$/);
    await close();
    // A common phone draws two device pixels per CSS pixel: the 720 px file, not the full one.
    const context = await site.browser.newContext({ viewport: SMALL_PHONE, deviceScaleFactor: 2 });
    const sharp = await context.newPage();
    const response = sharp.waitForResponse((r) => r.url().endsWith('.jpg'));
    await sharp.goto(site.server.url + MATERIAL);
    expect((await response).url()).toMatch(/-xem-truoc-720\.jpg$/);
    expect((await (await response).body()).length).toBeLessThanOrEqual(100 * 1024);
    await context.close();
  });

  it('shows printable materials as pictures on the home page', async () => {
    const { page, close } = await open('');
    const pictures = page.locator('section[aria-labelledby="an-pham-de-in"] img');
    expect(await pictures.count()).toBe(4);
    await pictures.first().scrollIntoViewIfNeeded();
    const source = await pictures.first().evaluate(async (img: HTMLImageElement) => (await img.decode(), img.currentSrc));
    expect(source).toMatch(/-xem-truoc-360\.jpg$/);
    await close();
  });
});
