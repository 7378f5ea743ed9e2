/** Build-output tests of the knowledge base (issue 2), against the real build in dist/. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allArticles, normaliseWhitespace, parseLegalText, splitSourceFile } from '../src/lib/legal-text';
import { fileForUrlPath, htmlFiles, listFiles, readHtml } from '../src/lib/build-check/site-files';
import { checkLinks } from '../src/lib/build-check/links';
import { BASE_PATH, DIST, DIST_BASE, ROOT, TEST_SITE_URL } from './support/paths';
import { pageScripts, scriptBytes } from './support/search-loader';

const lawPage = path.join(DIST, 'van-ban/luat-binh-dang-gioi-2006/index.html');
const lawSource = splitSourceFile(readFileSync(path.join(ROOT, 'content/nguon/luat-73-2006-qh11.txt'), 'utf8'));

describe('the Law page', () => {
  const html = readHtml(lawPage);

  it('has exactly 44 article anchors and 6 chapter anchors', () => {
    const ids = html.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id) => /^dieu-\d+$/.test(id))).toEqual(Array.from({ length: 44 }, (_, i) => `dieu-${i + 1}`));
    expect(ids.filter((id) => /^chuong-\d+$/.test(id))).toHaveLength(6);
    expect(ids).toContain('dieu-5-khoan-3');
    expect(ids).toContain('dieu-40-khoan-1-diem-a');
  });

  it('shows each article verbatim from the source (whitespace normalised)', () => {
    const withoutControls = readHtml(lawPage);
    withoutControls.querySelectorAll('button').forEach((button) => button.remove());
    for (const article of allArticles(parseLegalText(lawSource.body))) {
      const text = normaliseWhitespace(withoutControls.querySelector(`#${article.id}`)!.textContent);
      expect(text, article.heading).toBe(normaliseWhitespace(article.sourceLines.join(' ')));
    }
  });

  it('has a table of contents linking every article and a copy-link control per article', () => {
    const toc = html.querySelectorAll('nav[aria-labelledby="muc-luc"] a').map((a) => a.getAttribute('href'));
    expect(toc.filter((href) => /^#dieu-\d+$/.test(href!))).toHaveLength(44);
    expect(html.querySelectorAll('button[data-copy-link]')).toHaveLength(44);
  });

  it('carries Legislation JSON-LD and absolute canonical/Open Graph URLs', () => {
    const jsonLd = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '73/2006/QH11', legislationDate: '2006-11-29' });
    const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(canonical).toBe(`${TEST_SITE_URL}/van-ban/luat-binh-dang-gioi-2006/`);
    expect(html.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(canonical);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
  });

  it('ships no JavaScript beyond the copy-link control', () => {
    const scripts = pageScripts(html);
    expect(scripts).toHaveLength(1);
    expect(scriptBytes(DIST, scripts[0]!)).toBeLessThan(1000);
  });
});

describe('the library', () => {
  const documents = readdirSync(path.join(ROOT, 'content/van-ban')).map((file) => file.replace(/\.mdx?$/, ''));
  const sources = readdirSync(path.join(ROOT, 'content/nguon')).filter((file) => file.endsWith('.txt'));

  it('has a page for every document', () => {
    expect(documents.length).toBeGreaterThanOrEqual(14);
    for (const slug of documents) expect(fileForUrlPath(DIST, `/van-ban/${slug}/`), slug).not.toBeNull();
  });

  it('gives every source and seed text a document page that shows it', () => {
    const shown = new Set(
      documents.map((slug) => /vanBanGoc: (\S+)/.exec(readFileSync(path.join(ROOT, 'content/van-ban', `${slug}.md`), 'utf8'))?.[1]),
    );
    // The compiler's verification notes are told to readers on the pages of content/ghi-chu/.
    for (const note of readdirSync(path.join(ROOT, 'content/ghi-chu'))) {
      const list = /ghiChuGoc: \[([^\]]*)\]/.exec(readFileSync(path.join(ROOT, 'content/ghi-chu', note), 'utf8'))?.[1] ?? '';
      for (const id of list.split(',')) shown.add(id.trim());
    }
    expect(sources.filter((file) => !shown.has(file.replace(/\.txt$/, '')))).toEqual([]);
  });

  it('publishes the seed texts verbatim, line by line', () => {
    for (const [slug, file] of [
      ['cv-85-gddt-tccb-2022-van-giang', 'cv-85-gddt-tccb-2022-van-giang.txt'],
      ['ke-hoach-mn-hong-duong', 'ke-hoach-mn-hong-duong-thanh-oai.txt'],
    ]) {
      const page = normaliseWhitespace(readHtml(fileForUrlPath(DIST, `/van-ban/${slug}/`)!).querySelector('main')!.textContent);
      const { body } = splitSourceFile(readFileSync(path.join(ROOT, 'content/nguon', file!), 'utf8'));
      for (const line of body.split('\n').map(normaliseWhitespace).filter(Boolean)) expect(page, slug).toContain(line);
    }
  });

  it('computes "Căn cứ" and "Văn bản triển khai" from the references', () => {
    const law = readHtml(lawPage);
    const implementing = law
      .querySelectorAll('#van-ban-trien-khai + ul a, section[aria-labelledby="van-ban-trien-khai"] a')
      .map((a) => a.getAttribute('href'));
    expect(implementing).toContain('/van-ban/nd-48-2009-nd-cp/');
    const cv85 = readHtml(fileForUrlPath(DIST, '/van-ban/cv-85-gddt-tccb-2022-van-giang/')!);
    const basedOn = cv85.querySelectorAll('section[aria-labelledby="can-cu"] a').map((a) => a.getAttribute('href'));
    expect(basedOn).toContain('/van-ban/cv-482-sgddt-tccb-2022-hung-yen/');
  });

  it('says plainly what a partial document is missing', () => {
    const nq28 = readHtml(fileForUrlPath(DIST, '/van-ban/nq-28-nq-cp-2021/')!).querySelector('main')!.textContent;
    expect(nq28).toContain('Chỉ có thông tin, chưa có toàn văn');
    expect(nq28).toContain('Chưa có toàn văn');
  });

  it('has filter pages by level and by type', () => {
    expect(fileForUrlPath(DIST, '/van-ban/cap/truong/')).not.toBeNull();
    expect(fileForUrlPath(DIST, '/van-ban/loai/luat/')).not.toBeNull();
    const level = readHtml(fileForUrlPath(DIST, '/van-ban/cap/tinh/')!);
    expect(level.querySelectorAll('main li h3 a').map((a) => a.textContent)).toEqual([
      'Kế hoạch 64/KH-UBND tỉnh Hưng Yên',
      'Kế hoạch 65/KH-UBND tỉnh Hưng Yên',
      'Kế hoạch 174/KH-UBND của UBND TP.HCM năm 2025',
    ]);
  });
});

describe('the whole build', () => {
  it('has no broken internal link or anchor', () => {
    const { checked, broken } = checkLinks(DIST, { base: '/', siteOrigin: TEST_SITE_URL });
    expect(checked).toBeGreaterThan(500);
    expect(broken.map(({ page, link, reason }) => `${page}: ${link} ${reason}`)).toEqual([]);
  });

  it('has no broken link and no link escaping the base in a sub-folder build', () => {
    const { checked, broken } = checkLinks(DIST_BASE, { base: BASE_PATH, siteOrigin: TEST_SITE_URL });
    expect(checked).toBeGreaterThan(500);
    expect(broken.map(({ page, link, reason }) => `${page}: ${link} ${reason}`)).toEqual([]);
  });

  it('gives every image its width and height, so pages do not jump while loading', () => {
    const missing = htmlFiles(DIST).flatMap((file) =>
      readHtml(file)
        .querySelectorAll('img')
        .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
        .map((img) => `${path.relative(DIST, file)}: ${img.getAttribute('src')}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no NFD text anywhere', () => {
    const textFiles = ['.html', '.xml', '.txt', '.json', '.ics', '.svg', '.js', '.css'].flatMap((ext) => listFiles(DIST, ext));
    const nfd = textFiles.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return text !== text.normalize('NFC');
    });
    expect(nfd).toEqual([]);
  });

  it('has a 404 page, a sitemap and robots.txt pointing to it', () => {
    expect(fileForUrlPath(DIST, '/404.html')).not.toBeNull();
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${TEST_SITE_URL}/van-ban/luat-binh-dang-gioi-2006/`);
    expect(readFileSync(path.join(DIST_BASE, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}${BASE_PATH}sitemap-index.xml`);
  });
});
