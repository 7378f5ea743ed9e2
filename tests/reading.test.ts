/** Build output of issue 12's finishing points: site map page, site settings, explainer index, home. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlFiles, readHtml, urlPathOf } from '../src/lib/build-check/site-files';
import { DIST, ROOT } from './support/paths';

const page = (urlPath: string) => readHtml(fileForUrlPath(DIST, urlPath)!);

describe('the HTML site map', () => {
  const siteMap = page('/so-do-trang/');
  const linked = new Set(siteMap.querySelectorAll('main a').map((a) => a.getAttribute('href')));

  it('links every page except material filters, the 404 page and itself', () => {
    const pages = htmlFiles(DIST)
      .map((file) => urlPathOf(DIST, file))
      .filter((url) => !/^\/an-pham\/(loai|dip|chu-de)\//.test(url) && url !== '/404.html' && url !== '/so-do-trang/');
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.filter((url) => !linked.has(url))).toEqual([]);
  });

  it('is what the footer calls "Sơ đồ trang" (the XML stays for crawlers)', () => {
    const footerLink = page('/')
      .querySelectorAll('footer a')
      .find((a) => a.text.trim() === 'Sơ đồ trang');
    expect(footerLink?.getAttribute('href')).toBe('/so-do-trang/');
    expect(fileForUrlPath(DIST, '/sitemap-index.xml')).not.toBeNull();
  });
});

describe('who runs the site, when content/cai-dat/trang-web.yaml is left empty', () => {
  it('shows nothing made up in any footer', () => {
    for (const file of htmlFiles(DIST)) expect(readHtml(file).querySelector('footer [data-site-operator]'), file).toBeNull();
  });

  it('says so on the about page', () => {
    expect(page('/gioi-thieu/').querySelector('main [data-site-operator]')?.text).toBe(
      'Trang chưa ghi tên đơn vị vận hành và địa chỉ liên hệ.',
    );
  });
});

describe('the explainer index', () => {
  it('lists each explainer once, with its readers as labels', () => {
    const count = readdirSync(path.join(ROOT, 'content/huong-dan')).length;
    const items = page('/huong-dan/')
      .querySelectorAll('main li')
      .filter((li) => li.querySelector('a[href^="/huong-dan/"]'));
    const links = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect(links).toHaveLength(count);
    expect(new Set(links).size).toBe(count);
    for (const li of items) expect(li.text).toMatch(/Dành cho:\s*(Cán bộ quản lý|Giáo viên|Cha mẹ học sinh)/);
  });
});
