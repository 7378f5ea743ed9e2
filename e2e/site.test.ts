/** The knowledge base in a real browser (Debian Chromium): navigation, anchors, copy link, a11y, weight. */
import { describe, expect, it } from 'vitest';
import { useSite } from './support/site';
import { axeViolations } from './support/axe';
import { PHONE, watchErrors } from './support/browser';
import { recordTransfer } from './support/transfer';

const site = useSite();

const LAW = 'van-ban/luat-binh-dang-gioi-2006/';

describe('reading the Law on a phone', () => {
  it('goes home → library → the Law → Điều 5 at 360 px without errors', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const errors = watchErrors(page);
    await page.goto(site.server.url);
    await page.locator('.site-menu > summary').click();
    await page.getByRole('navigation', { name: 'Chính' }).getByRole('link', { name: 'Văn bản' }).click();
    await page.waitForURL(`${site.server.url}van-ban/`);
    await page.getByRole('link', { name: 'Luật Bình đẳng giới', exact: true }).first().click();
    await page.waitForURL(`${site.server.url}${LAW}`);
    // On a phone the table of contents is folded above the text.
    await page.locator('details:has(nav[aria-labelledby="muc-luc"]) > summary').click();
    await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: 'Điều 5. Giải thích từ ngữ' }).click();
    await page.waitForURL(`${site.server.url}${LAW}#dieu-5`);
    const heading = page.locator('#dieu-5-tieu-de');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(PHONE.height / 2);
    expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a clause linked from a Zalo message at its anchor', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.server.url}${LAW}#dieu-14-khoan-2`);
    const top = await page.locator('#dieu-14-khoan-2').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(PHONE.height / 2);
    await page.close();
  });

  it('copies the link to an article', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${LAW}`);
    const button = page.locator('#dieu-18 button[data-copy-link]');
    await button.click();
    await expect.poll(() => button.locator('[data-status]').textContent()).toBe('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.server.url}${LAW}#dieu-18`);
    await context.close();
  });

  it('loads the Law page in at most 58 KB over the wire, webfont included', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const transfer = await recordTransfer(page);
    await page.goto(`${site.server.url}${LAW}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const urls = [...transfer.byUrl().keys()];
    expect(urls.some((url) => url.endsWith('.woff2'))).toBe(true);
    expect(urls.every((url) => url.startsWith(site.server.url))).toBe(true);
    expect(transfer.total()).toBeLessThanOrEqual(58 * 1024);
    await page.close();
  });
});

describe('printing', () => {
  it('prints the Law on A4 without navigation, with chapters starting on a new page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}${LAW}`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      [
        'header[role="banner"] nav',
        'nav[aria-label="Đường dẫn"]',
        'details:has(nav[aria-labelledby="muc-luc"])',
        'button[data-copy-link]',
      ].map((selector) => getComputedStyle(document.querySelector(selector)!).display),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(
      await page
        .locator('.legal-chapter')
        .nth(1)
        .evaluate((el) => getComputedStyle(el).breakBefore),
    ).toBe('page');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 in PDF points, from the MediaBox of the first page.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    await page.close();
  });
});

describe('accessibility', () => {
  const pages = [
    '',
    'van-ban/',
    'van-ban/cap/trung-uong/',
    LAW,
    'van-ban/nq-28-nq-cp-2021/',
    'van-ban/ke-hoach-mn-hong-duong/',
    'van-ban/so-do/',
    'gioi-thieu/',
    'huong-dan/',
    'huong-dan/phong-ngua-bao-luc-tren-co-so-gioi/',
    'thuat-ngu/',
    'hoi-dap/',
    'so-do-trang/',
    'khong-co-trang-nay/',
  ];
  for (const path of pages) {
    it(`axe finds no violations on /${path}`, async () => {
      const page = await site.browser.newPage({ viewport: PHONE });
      const errors = watchErrors(page);
      await page.goto(`${site.server.url}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      // The 404 page itself is the expected failed request.
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    });
  }

  it('shows a skip link on keyboard focus that moves to the main content', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });
});
