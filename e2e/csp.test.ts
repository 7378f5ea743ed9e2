/**
 * Every kind of page under the exact Content-Security-Policy the site ships (src/lib/security-headers.ts,
 * sent by the test server): no violation, no console error, and the features that need scripts still work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/lib/security-headers';
import { PHONE, watchErrors } from './support/browser';
import { searchOnPage } from './support/search';
import { useSite } from './support/site';

const site = useSite();

const PAGES = {
  home: '',
  law: 'van-ban/luat-binh-dang-gioi-2006/',
  document: 'van-ban/cv-85-gddt-tccb-2022-van-giang/',
  explainer: 'huong-dan/binh-dang-gioi-o-truong-hoc/',
  faq: 'hoi-dap/',
  glossary: 'thuat-ngu/',
  library: 'van-ban/',
  lineage: 'van-ban/so-do/',
  search: 'tim-kiem/?q=binh+dang+gioi',
  material: 'an-pham/thang-hanh-dong-pa-no/',
  materials: 'an-pham/',
  toolkit: 'cong-cu/',
  checklist: 'cong-cu/viec-can-lam/',
  calendar: 'cong-cu/lich/',
  modelPlan: 'cong-cu/ke-hoach-mau/',
  planGenerator: 'cong-cu/tao-ke-hoach/',
  about: 'gioi-thieu/',
  siteMap: 'so-do-trang/',
  notFound: 'khong-co-trang-nay/',
};

interface Watched {
  page: Page;
  errors: string[];
  violations(): Promise<string[]>;
}

/** A page that records CSP violations (the event fires in the page) and console errors. */
async function open(urlPath: string): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: PHONE });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const response = await page.goto(new URL(urlPath, site.server.url).href, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

describe('every page type under the Content-Security-Policy', () => {
  it.each(Object.entries(PAGES))('%s (/%s): styled, no violation, no console error', async (kind, urlPath) => {
    const { page, errors, violations } = await open(urlPath);
    // Styles applied (a blocked stylesheet leaves the header unstyled).
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).borderBottomStyle)).toBe('solid');
    // The header search loads its code on focus: still no violation.
    await page.focus('#tim-kiem-nhanh');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    // The 404 page answers 404 by design; nothing else may fail.
    expect(errors.filter((e) => !(kind === 'notFound' && /404/.test(e)))).toEqual([]);
    await page.context().close();
  });
});

describe('features that need scripts, under the policy', () => {
  it('search returns results (WASM and worker allowed)', async () => {
    const { page, violations } = await open(PAGES.search);
    const results = await searchOnPage(page, 'dieu 14');
    expect(results.pages.length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('copies the link to an article', async () => {
    const { page, violations } = await open(PAGES.law);
    const button = page.locator('#dieu-18 button[data-copy-link]');
    await button.click();
    await expect.poll(() => button.locator('[data-status]').textContent()).toBe('Đã sao chép');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('saves checklist ticks across a reload', async () => {
    const { page, violations } = await open(PAGES.checklist);
    const first = page.locator('input[name=viec]').first();
    await first.check();
    await page.reload();
    expect(await first.isChecked()).toBe(true);
    expect(await violations()).toEqual([]);
    await page.context().close();
  });
});
