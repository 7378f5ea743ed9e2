/**
 * Renders, after the build, the Open Graph image every page's <meta property="og:image"> asks
 * for (pages with a ready image, like materials, are skipped), through the render worker pool and
 * the render cache (file names are content hashes). Without SITE_URL pages carry no og:image
 * (it must be an absolute URL), so there is nothing to render.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { SITE_NAME } from '../lib/site';
import { cacheDir } from '../materials/render/cache.ts';
import { createPool } from '../materials/render/pool.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

export interface OgRequest {
  /** Path relative to the build output, e.g. "og/ab12….png". */
  file: string;
  title: string;
  label: string;
}

/** The generated og:image each page asks for (pages with their own image are skipped). */
export function ogRequests(outDir: string, base: string): OgRequest[] {
  const wanted = new Map<string, OgRequest>();
  for (const file of htmlFiles(outDir)) {
    const meta = parse(readFileSync(file, 'utf8')).querySelector('meta[property="og:image"][data-og-title]');
    if (!meta) continue;
    const pathname = new URL(meta.getAttribute('content')!).pathname;
    const relative = pathname.slice(base.length);
    wanted.set(relative, { file: relative, title: meta.getAttribute('data-og-title')!, label: meta.getAttribute('data-og-label')! });
  }
  return [...wanted.values()];
}

export function ogImages(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const requests = ogRequests(outDir, base);
        const pool = createPool(root);
        let rendered = 0;
        try {
          await Promise.all(
            requests.map(async (request) => {
              const cached = path.join(cacheDir(root, 'og'), path.basename(request.file));
              if (!existsSync(cached)) {
                await pool.run({ kind: 'og', input: { title: request.title, label: request.label, siteName: SITE_NAME }, file: cached });
                rendered++;
              }
              mkdirSync(path.dirname(path.join(outDir, request.file)), { recursive: true });
              copyFileSync(cached, path.join(outDir, request.file));
            }),
          );
        } finally {
          pool.close();
        }
        logger.info(`${requests.length} ảnh og:image (${rendered} ảnh vẽ mới, còn lại lấy từ bộ nhớ đệm)`);
      },
    },
  };
}
