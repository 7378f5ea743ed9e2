/**
 * Lighthouse (mobile) scores of one page of each kind, served gzip-compressed from a fresh build,
 * in Debian Chromium, beside the figures issue 12 measured before its changes. DESIGN's target is
 * 100 / 100 / 100 / 100, the search page ≥ 95 with TBT ≤ 200 ms; scores vary a little between runs.
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
/** [label, path, figures issue 12 reported before its changes (empty: none reported)] */
const PAGES = [
  ['Trang chủ', '', '100 ×4'],
  ['Luật (44 điều)', 'van-ban/luat-binh-dang-gioi-2006/', '100 ×4, 51.2 KB, CLS 0.012–0.046'],
  ['Thư viện', 'van-ban/', '100 ×4'],
  ['Bài hướng dẫn', 'huong-dan/binh-dang-gioi-o-truong-hoc/', '100 ×4'],
  ['Ấn phẩm', 'an-pham/phong-ngua-bao-luc-gioi/', '134 KB (preview 96.5 KB), CLS up to 0.17'],
  ['Tạo kế hoạch', 'cong-cu/tao-ke-hoach/', ''],
  ['Tìm kiếm «dang»', 'tim-kiem/?q=dang', '64, LCP 3.7 s, TBT 1.4 s'],
  ['Tìm kiếm «binh dang gioi»', 'tim-kiem/?q=binh+dang+gioi', '90'],
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
    const header = [
      'page'.padEnd(26),
      ...CATEGORIES.map((c) => c.slice(0, 13).padStart(14)),
      'LCP'.padStart(8),
      'TBT'.padStart(9),
      'CLS'.padStart(7),
    ];
    console.log([...header, 'bytes'.padStart(10), '   before (issue 12)'].join(''));
    for (const [label, pagePath, before] of PAGES) {
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
          label.padEnd(26),
          ...scores,
          audits['largest-contentful-paint'].displayValue.padStart(8),
          audits['total-blocking-time'].displayValue.padStart(9),
          audits['cumulative-layout-shift'].displayValue.padStart(7),
          `${(audits['total-byte-weight'].numericValue / 1024).toFixed(1)} KB`.padStart(10),
          `   ${before}`,
        ].join(''),
      );
    }
  } finally {
    chrome.kill();
    await server.close();
  }
}
