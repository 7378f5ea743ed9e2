/**
 * Reading on a phone (issue 12) at 360 × 640 and 1280 × 800: the header leaves room for the
 * text, and stays usable by keyboard with JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './support/site';
import { LAPTOP, SMALL_PHONE, watchErrors } from './support/browser';

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
function recordLayoutShifts(page: Page): Promise<void> {
  return page.addInitScript(() => {
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
      expect.stringMatching(/^Hạn báo cáo 6 tháng/),
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
