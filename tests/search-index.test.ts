/** What the build gives search: the index, filters and metadata on pages, the search page. */
import { parse } from 'node-html-parser';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlFiles, readHtml } from '../src/lib/build-check/site-files';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from './support/paths';
import { SEARCH_LOADER } from './support/search-loader';
import { CAP, LOAI_VAN_BAN } from '../src/lib/taxonomy';

const filterValues = (file: string, key: string) =>
  readHtml(file)
    .querySelectorAll(`meta[data-pagefind-filter="${key}[content]"]`)
    .map((meta) => meta.getAttribute('content'));

describe('search index in the build', () => {
  it.each([DIST, DIST_BASE])('writes the Pagefind bundle into %s/pagefind/', (dist) => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind'])
      expect(existsSync(path.join(dist, 'pagefind', file)), file).toBe(true);
  });

  it.each([DIST, DIST_BASE])('deploys none of the unused Pagefind UI files (≈ 420 KB) in %s/pagefind/', (dist) => {
    const files = readdirSync(path.join(dist, 'pagefind'));
    expect(files.filter((file) => /ui\.(js|css)$|highlight/.test(file))).toEqual([]);
    expect(files).toContain('pagefind-worker.js');
  });

  it('tags every document page with its filters and its number for results', () => {
    const slugs = readdirSync(path.join(ROOT, 'content/van-ban')).map((file) => file.replace(/\.mdx?$/, ''));
    const documents = slugs.map((slug) => fileForUrlPath(DIST, `/van-ban/${slug}/`)!);
    expect(documents.length).toBeGreaterThan(10);
    for (const file of documents) {
      expect(filterValues(file, 'loai-trang'), file).toEqual(['Văn bản']);
      expect(Object.values(LOAI_VAN_BAN), file).toContain(filterValues(file, 'loai-van-ban')[0]);
      expect(Object.values(CAP), file).toContain(filterValues(file, 'cap-ban-hanh')[0]);
      expect(filterValues(file, 'chu-de').length, file).toBeGreaterThan(0);
    }
    const law = readHtml(fileForUrlPath(DIST, '/van-ban/luat-binh-dang-gioi-2006/')!);
    expect(law.querySelector('meta[data-pagefind-meta="so-hieu[content]"]')?.getAttribute('content')).toBe('73/2006/QH11');
    expect(law.querySelector('meta[data-pagefind-meta="loai[content]"]')?.getAttribute('content')).toBe('Luật');
  });

  it('puts a plain search form in the header of every page, inside the base path', () => {
    for (const [dist, base] of [
      [DIST, '/'],
      [DIST_BASE, BASE_PATH],
    ] as const) {
      for (const file of htmlFiles(dist).filter((f) => !f.endsWith('404.html'))) {
        const form = readHtml(file).querySelector('header form[role="search"]');
        expect(form?.getAttribute('action'), file).toBe(`${base}tim-kiem/`);
        expect(form?.querySelector('input[name="q"]'), file).not.toBeNull();
      }
    }
  });

  it('gives every page one tiny search loader and nothing else of search', () => {
    for (const file of htmlFiles(DIST).filter((f) => !f.endsWith('404.html'))) {
      const html = readHtml(file);
      const loaders = html.querySelectorAll('script[src]').filter((script) => SEARCH_LOADER.test(script.getAttribute('src')!));
      expect(loaders, file).toHaveLength(1);
      expect(html.toString(), file).not.toContain('pagefind/pagefind.js');
    }
    const loader = readHtml(fileForUrlPath(DIST, '/')!)
      .querySelectorAll('script[src]')
      .find((s) => SEARCH_LOADER.test(s.getAttribute('src')!))!;
    const source = readFileSync(fileForUrlPath(DIST, loader.getAttribute('src')!)!, 'utf8');
    // The loader and what it imports up front (Vite's preload helper), compressed.
    const helpers = [...source.matchAll(/from"\.\/([\w.-]+\.js)"/g)].map((match) => readFileSync(path.join(DIST, '_astro', match[1]!)));
    const bytes = [Buffer.from(source), ...helpers].reduce((n, body) => n + gzipSync(body).length, 0);
    expect(bytes).toBeLessThanOrEqual(1536);
  });

  it('keeps the search page itself out of the index and explains it without JavaScript', () => {
    const page = readHtml(fileForUrlPath(DIST_BASE, '/tim-kiem/')!);
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('meta[data-pagefind-filter]')).toBeNull();
    // Shown only without JavaScript: inside <noscript>, which the HTML parser keeps as raw text.
    const note = parse(page.querySelector('noscript')!.rawText).querySelector('[data-search-nojs]')!;
    expect(note.text).toContain('JavaScript');
    expect(note.querySelector('a')?.getAttribute('href')).toBe(`${BASE_PATH}van-ban/`);
  });
});
