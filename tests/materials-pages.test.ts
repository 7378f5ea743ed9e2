/** Gallery filters and material pages: every download exists, with its size and the sources. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlFiles, readHtml } from '../src/lib/build-check/site-files';
import { BASE_PATH, DIST, DIST_BASE } from './support/paths';
import { formatBytes } from '../src/lib/file-size';

/** Pages of single materials: those with a folder of files (tep-<hash>) beside them. */
const materialPages = (dist: string) =>
  htmlFiles(dist).filter(
    (f) => /an-pham\/[a-z0-9-]+\/index\.html$/.test(f) && readdirSync(path.dirname(f)).some((name) => name.startsWith('tep-')),
  );

describe('material pages', () => {
  for (const [dist, base] of [
    [DIST, '/'],
    [DIST_BASE, BASE_PATH],
  ] as const) {
    it(`lists every download with its size, and each link resolves (base ${base})`, () => {
      const pages = materialPages(dist);
      expect(pages.length).toBeGreaterThanOrEqual(12);
      for (const page of pages) {
        const html = readHtml(page);
        const links = html.querySelectorAll('a[download]');
        expect(links.length, page).toBeGreaterThanOrEqual(4);
        for (const link of links) {
          const target = link.getAttribute('href')!;
          expect(target.startsWith(base), target).toBe(true);
          const file = fileForUrlPath(dist, '/' + target.slice(base.length));
          expect(file, target).not.toBeNull();
          const size = formatBytes(statSync(file!).size);
          const listed = link.parentNode!.text.trim();
          // "… — 21 × 29,7 cm, 150 KB" or "… 1,2 MB": every size, KB or MB, is the file's own.
          expect(listed).toMatch(/(cm|điểm ảnh)/);
          expect(listed.endsWith(`, ${size}`), `${listed} vs ${size}`).toBe(true);
        }
        expect(html.querySelectorAll('a[href*="/van-ban/luat-binh-dang-gioi-2006/#dieu-"]').length, page).toBeGreaterThan(0);
        expect(html.text).toContain('do trang biên soạn');
      }
    });
  }

  it('has a static filter page for every type, occasion and topic used in the gallery', () => {
    const gallery = readHtml(`${DIST}/an-pham/index.html`);
    const filters = gallery.querySelectorAll('nav[aria-label="Lọc ấn phẩm"] a').map((a) => a.getAttribute('href')!);
    expect(filters.filter((h) => /\/an-pham\/(loai|dip|chu-de)\//.test(h)).length).toBeGreaterThanOrEqual(10);
    for (const filter of filters) {
      const file = fileForUrlPath(DIST, filter);
      expect(file, filter).not.toBeNull();
      expect(readHtml(file!).querySelectorAll('main ul.grid > li').length, filter).toBeGreaterThan(0);
    }
  });
});
