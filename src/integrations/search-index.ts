/**
 * Builds the Pagefind index of the finished site (astro:build:done), so every page is
 * searchable from dist/pagefind/ with no server. Only `data-pagefind-body` content is indexed,
 * from a copy of each page prepared by htmlForIndex.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFile, readdir, rm } from 'node:fs/promises';
import { close, createIndex } from 'pagefind';
import { htmlForIndex } from '../lib/search-index-html.ts';

/**
 * Words per index chunk (Pagefind counts word positions; its default is 20,000). A first
 * search downloads the chunk of every query word; smaller chunks make "binh dang gioi"
 * fetch about 20 KB of index instead of 85 KB, at the cost of a slightly longer chunk list.
 * Pagefind reads this from its environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE);
 * the byte-budget test of a first search fails if a Pagefind upgrade ignores it.
 */
const INDEX_CHUNK_WORDS = 4000;

/**
 * Pagefind's ready-made interfaces (≈ 420 KB) and its result highlighter: this site has its own search
 * interface and only needs pagefind.js, its worker, the WASM and the index.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Indexes the HTML of `siteDir` into `siteDir/pagefind/`; returns the page count. Also used by the benchmark. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  // Read when the Pagefind service process starts, which createIndex does on first use.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_WORDS);
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    let pages = 0;
    const addFile = async (file: string) => {
      const content = htmlForIndex(await readFile(path.join(siteDir, file), 'utf8'));
      if (content === null) return;
      const url =
        '/' +
        file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '');
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`Pagefind (${file}): ${added.errors.join('; ')}`);
      pages++;
    };
    // A few files in flight keep both the parser here and the Pagefind process busy.
    const queue = files.slice();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) await addFile(file);
      }),
    );
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(path.join(outputPath, file), { force: true })));
    return pages;
  } finally {
    await close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind indexed ${pages} pages into pagefind/`);
      },
    },
  };
}
