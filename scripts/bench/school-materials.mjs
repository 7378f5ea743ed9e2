/**
 * "Làm ấn phẩm của trường" in this machine's Chromium, on a built site: bytes the feature
 * downloads (after the button, up to a finished PDF), time from the button to ready, from the
 * first keystroke of the school name to the first preview with it, and to a finished PDF of
 * the 5 m băng rôn. Figures only; a fresh browser context per run (nothing cached).
 */
import { launchBrowser } from '../../e2e/support/browser.ts';
import { recordTransfer } from '../../e2e/support/transfer.ts';
import { serveDist } from '../../tests/support/server.ts';

const BANNER = 'an-pham/thang-hanh-dong-bang-ron/';
const SCHOOL = 'Trường Mầm non Hoa Sen';
const RUNS = 3;

async function once(browser, url) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const transfer = await recordTransfer(page);
  await page.goto(url + BANNER);
  await page.waitForLoadState('networkidle');
  const pageBytes = transfer.total();
  const clicked = performance.now();
  await page.click('[data-start]');
  await page.waitForFunction(() => document.querySelector('[data-progress]')?.textContent?.includes('sẵn sàng'), null, {
    timeout: 120_000,
  });
  const ready = performance.now();
  await page.focus('#truong-ten');
  const typed = performance.now();
  await page.keyboard.type(SCHOOL);
  await page.waitForSelector('[data-downloads]:not([hidden]) [data-download="pdf"]', { timeout: 60_000 });
  const previewed = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="pdf"]')]);
  await download.path();
  const pdf = performance.now();
  const bytes = transfer.total() - pageBytes;
  await context.close();
  return { bytes, load: ready - clicked, preview: previewed - typed, pdf: pdf - typed, pdfAlone: pdf - previewed };
}

/** Measures on the site built into `dist` (served at the root). */
export async function measureSchoolMaterials(dist) {
  const [browser, server] = await Promise.all([launchBrowser(), serveDist(dist, '/')]);
  try {
    console.log(`\n## Làm ấn phẩm của trường (Chromium, băng rôn 500 × 80 cm, ${RUNS} lần, không có bộ nhớ đệm)`);
    console.log(['run', 'KB over the wire', 'button→ready ms', 'keystroke→preview ms', 'keystroke→PDF ms', 'PDF alone ms'].join('\t'));
    for (let i = 1; i <= RUNS; i++) {
      const r = await once(browser, server.url);
      console.log([i, Math.round(r.bytes / 1024), ...[r.load, r.preview, r.pdf, r.pdfAlone].map(Math.round)].join('\t'));
    }
    console.log(`(typing "${SCHOOL}" at full speed; the preview waits for a 250 ms pause in typing, included above)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
