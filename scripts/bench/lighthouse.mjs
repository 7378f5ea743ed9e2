/**
 * Lighthouse (mobile) scores of one page of each kind, served gzip-compressed from a fresh build,
 * in Debian Chromium. DESIGN's target is 100 / 100 / 100 / 100; scores vary a little between runs.
 */
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { astroBuild } from '../../tests/support/astro-build.ts';
import { serveDist } from '../../tests/support/server.ts';
import { CHROMIUM_PATH } from '../../e2e/support/browser.ts';

export const title = 'Lighthouse (mobile): performance / accessibility / best practices / SEO';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, '.cache/bench-lighthouse');
const PAGES = [
  ['Trang chủ', ''],
  ['Luật (44 điều)', 'van-ban/luat-binh-dang-gioi-2006/'],
  ['Thư viện', 'van-ban/'],
  ['Bài hướng dẫn', 'huong-dan/binh-dang-gioi-o-truong-hoc/'],
  ['Ấn phẩm', 'an-pham/phong-ngua-bao-luc-gioi/'],
  ['Tạo kế hoạch', 'cong-cu/tao-ke-hoach/'],
  ['Tìm kiếm', 'tim-kiem/?q=binh+dang+gioi'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function run() {
  const build = await astroBuild({ OUT_DIR: DIST });
  if (build.code !== 0) throw new Error(build.output);
  const server = await serveDist(DIST);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    console.log(['page'.padEnd(18), ...CATEGORIES.map((c) => c.slice(0, 13).padStart(14)), 'LCP'.padStart(8), 'CLS'.padStart(7)].join(''));
    for (const [label, pagePath] of PAGES) {
      const result = await lighthouse(server.url + pagePath, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        formFactor: 'mobile',
      });
      const { categories, audits } = result.lhr;
      const scores = CATEGORIES.map((id) => String(Math.round(categories[id].score * 100)).padStart(14));
      console.log(
        [
          label.padEnd(18),
          ...scores,
          audits['largest-contentful-paint'].displayValue.padStart(8),
          audits['cumulative-layout-shift'].displayValue.padStart(7),
        ].join(''),
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}
