/** Reading a built site: HTML files, their URLs, parsed documents (build checks and tests). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function listFiles(dir: string, extension: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, extension));
    else if (name.endsWith(extension)) out.push(full);
  }
  return out.sort();
}

export function htmlFiles(dist: string): string[] {
  return listFiles(dist, '.html');
}

export function readHtml(file: string): HTMLElement {
  return parse(readFileSync(file, 'utf8'));
}

/** dist/van-ban/x/index.html → "/van-ban/x/" (relative to the build's base). */
export function urlPathOf(dist: string, file: string): string {
  const relative = path.relative(dist, file).split(path.sep).join('/');
  return '/' + relative.replace(/index\.html$/, '');
}

/** Resolves a URL path of the build to the file that serves it, or null. */
export function fileForUrlPath(dist: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/')
    ? [path.join(dist, clean, 'index.html')]
    : [path.join(dist, clean), path.join(dist, clean, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next candidate */
    }
  }
  return null;
}
