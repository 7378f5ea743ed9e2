/**
 * Search benchmark: index time and size, bytes of a first search and query latency in
 * Chromium, for the real site and for generated corpora of 1,000 and 5,000 Vietnamese
 * pages (paragraphs of the legal texts in content/nguon, shuffled and renumbered).
 */
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { astroBuild } from '../../tests/support/astro-build.ts';
import { serveDist } from '../../tests/support/server.ts';
import { launchBrowser } from '../../e2e/support/browser.ts';

export const title = 'Search (Pagefind): index and first query';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, '.cache/bench-search');
const REAL = path.join(WORK, 'real');
const CORPORA = [1000, 5000];
const QUERIES = ['binh dang gioi', 'dang', 'dieu 14'];
/** Code + index of a first search on the real site before issue 12 (main-thread Pagefind, 2–6 searches per query). */
const BEFORE = { 'binh dang gioi': '149–168 KB', dang: '121.2 KB', 'dieu 14': '121.4 KB' };
const TEMPLATE_PAGE = 'van-ban/luat-binh-dang-gioi-2006/index.html';

/** Deterministic pseudo-random numbers, so every run indexes the same corpus. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

async function sourceParagraphs() {
  const dir = path.join(ROOT, 'content/nguon');
  const paragraphs = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.txt'))) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const body = text.split(/\n={20,}\n/)[1] ?? '';
    paragraphs.push(
      ...body
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 40),
    );
  }
  return paragraphs;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A document page in the site's own layout: title, articles with anchors, shuffled paragraphs. */
function generatedBody(index, paragraphs, next) {
  const number = 1 + Math.floor(next() * 400);
  const year = 2008 + Math.floor(next() * 18);
  let html = `<article><h1>Văn bản mẫu ${index}: kế hoạch số ${number}/KH-${year} về bình đẳng giới</h1>`;
  const articles = 3 + Math.floor(next() * 10);
  for (let article = 1; article <= articles; article++) {
    html += `<section><h3 id="dieu-${article}">Điều ${article}. ${escape(paragraphs[Math.floor(next() * paragraphs.length)].slice(0, 60))}</h3>`;
    const count = 2 + Math.floor(next() * 6);
    for (let i = 0; i < count; i++) html += `<p>${escape(paragraphs[Math.floor(next() * paragraphs.length)])}</p>`;
    html += '</section>';
  }
  return html + '</article>';
}

async function directorySize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

async function indexSite(site) {
  await rm(path.join(site, 'pagefind'), { recursive: true, force: true });
  const started = performance.now();
  const pages = await buildSearchIndex(site);
  const seconds = (performance.now() - started) / 1000;
  const index = await directorySize(path.join(site, 'pagefind/index'));
  const fragments = await directorySize(path.join(site, 'pagefind/fragment'));
  return { pages, seconds, index, fragments };
}

/** First query (cold: JS, WASM, chunks) and a second one (warm), in a fresh browser context. */
async function measureQueries(browser, site) {
  const server = await serveDist(site);
  const rows = [];
  try {
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + 'van-ban/luat-binh-dang-gioi-2006/');
      await page.waitForLoadState('networkidle');
      const sizes = [];
      page.on('response', (response) =>
        sizes.push(
          response.allHeaders().then((headers) => ({
            fragment: response.url().includes('/pagefind/fragment/'),
            bytes: Number(headers['content-length'] ?? 0),
          })),
        ),
      );
      const timeQuery = async (text) => {
        const started = performance.now();
        await page.fill('#tim-kiem-nhanh', text);
        await page.waitForFunction(
          (q) => document.querySelector('#ket-qua-nhanh [data-search-status]')?.textContent?.includes(`«${q}»`),
          text,
          { timeout: 60_000 },
        );
        return performance.now() - started;
      };
      await page.focus('#tim-kiem-nhanh');
      const cold = await timeQuery(query);
      await page.waitForLoadState('networkidle');
      const loaded = await Promise.all(sizes);
      const sum = (fragment) => loaded.filter((size) => size.fragment === fragment).reduce((n, size) => n + size.bytes, 0);
      const warm = await timeQuery(`${query} gioi`);
      rows.push({ query, machinery: sum(false), texts: sum(true), cold, warm });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run() {
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  const build = await astroBuild({ OUT_DIR: REAL });
  if (build.code !== 0) throw new Error(build.output);

  const paragraphs = await sourceParagraphs();
  const template = await readFile(path.join(REAL, TEMPLATE_PAGE), 'utf8');
  const sites = [{ name: 'real site', dir: REAL }];
  for (const size of CORPORA) {
    const dir = path.join(WORK, `corpus-${size}`);
    await cp(REAL, dir, { recursive: true });
    const next = random(size);
    const root = parse(template);
    const body = root.querySelector('[data-pagefind-body]');
    for (let index = 0; index < size; index++) {
      body.set_content(generatedBody(index, paragraphs, next));
      const file = path.join(dir, 'mau', String(index), 'index.html');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, root.toString());
    }
    sites.push({ name: `${size} generated pages`, dir });
  }

  const browser = await launchBrowser();
  const table = [];
  try {
    for (const site of sites) {
      const indexed = await indexSite(site.dir);
      const queries = await measureQueries(browser, site.dir);
      table.push({ site: site.name, dir: site.dir, ...indexed, queries });
    }
  } finally {
    await browser.close();
  }

  console.log('Result texts: the Pagefind fragments of the three results the header panel shows.');
  console.log(
    '| corpus | pages | index time | index chunks | fragments | query | first search: code + index | before (real site) | + result texts | first query | next query |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of table) {
    row.queries.forEach((query, i) => {
      const lead =
        i === 0
          ? `| ${row.site} | ${row.pages} | ${row.seconds.toFixed(1)} s | ${kb(row.index.bytes)} (${row.index.files} files) | ${kb(row.fragments.bytes)} (${row.fragments.files} files) |`
          : '| | | | | |';
      console.log(
        `${lead} ${query.query} | ${kb(query.machinery)} | ${row.dir === REAL ? BEFORE[query.query] : ''} | ${kb(query.texts)} | ${query.cold.toFixed(0)} ms | ${query.warm.toFixed(0)} ms |`,
      );
    });
  }
  console.log(
    'Bytes are gzip wire sizes from the test server; Pagefind files are pre-compressed. Latency: typing to rendered results, local server, headless Chromium.',
  );
}
