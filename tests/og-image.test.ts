/** Every page of the site gets a hashed 1200×630 og:image within 300 KB, in both builds. */
import { statSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlFiles, readHtml } from '../src/lib/build-check/site-files';
import { BASE_PATH, DIST, DIST_BASE, TEST_SITE_URL } from './support/paths';

for (const [dist, base] of [
  [DIST, '/'],
  [DIST_BASE, BASE_PATH],
] as const) {
  describe(`og:image (base ${base})`, () => {
    it('exists for every HTML page, is 1200×630, ≤ 300 KB, hashed, with summary_large_image', async () => {
      const pages = htmlFiles(dist).filter((f) => !f.endsWith('404.html') || readHtml(f).querySelector('meta[property="og:image"]'));
      expect(pages.length).toBeGreaterThan(20);
      const checked = new Set<string>();
      for (const page of pages) {
        const html = readHtml(page);
        const url = html.querySelector('meta[property="og:image"]')?.getAttribute('content');
        expect(url, page).toMatch(new RegExp(`^${TEST_SITE_URL}${base}`));
        expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
        const pathname = new URL(url!).pathname;
        expect(pathname, page).toMatch(/([0-9a-f]{16}\.png|\/tep-[0-9a-f]{8}\/.+-1200x630\.png)$/);
        if (checked.has(pathname)) continue;
        checked.add(pathname);
        const file = fileForUrlPath(dist, '/' + pathname.slice(base.length));
        expect(file, `${page} → ${pathname}`).not.toBeNull();
        const meta = await sharp(file!).metadata();
        expect([meta.width, meta.height]).toEqual([1200, 630]);
        expect(statSync(file!).size).toBeLessThanOrEqual(300 * 1024);
      }
    });
  });
}
