/** What the build gives search: the index, filters and metadata on pages, the search page. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForUrlPath, htmlFiles, readHtml } from './support/dist';
import { BASE_PATH, DIST, DIST_BASE } from './support/paths';
import { CAP, LOAI_VAN_BAN } from '../src/lib/taxonomy';

const filterValues = (file: string, key: string) =>
  readHtml(file)
    .querySelectorAll(`meta[data-pagefind-filter="${key}[content]"]`)
    .map((meta) => meta.getAttribute('content'));

describe('search index in the build', () => {
  it.each([DIST, DIST_BASE])('writes the Pagefind bundle into %s/pagefind/', (dist) => {
    for (const file of ['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']) expect(existsSync(path.join(dist, 'pagefind', file)), file).toBe(true);
  });

  it('tags every document page with its filters and its number for results', () => {
    const documents = htmlFiles(DIST).filter((file) => file.includes(`${path.sep}van-ban${path.sep}`) && !file.includes(`${path.sep}tim-kiem`));
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

  it('keeps the search page itself out of the index and explains it without JavaScript', () => {
    const page = readHtml(fileForUrlPath(DIST_BASE, '/tim-kiem/')!);
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('meta[data-pagefind-filter]')).toBeNull();
    const note = page.querySelector('[data-search-nojs]')!;
    expect(note.text).toContain('JavaScript');
    expect(note.querySelector('a')?.getAttribute('href')).toBe(`${BASE_PATH}van-ban/`);
  });
});
