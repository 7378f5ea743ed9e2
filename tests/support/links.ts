/**
 * Link checker for a built site: every internal href/src must resolve to a file of the build,
 * and every #fragment to an id in the target page. Absolute URLs on the site's own origin count
 * as internal (canonical, og:url, og:image).
 */
import path from 'node:path';
import { fileForUrlPath, htmlFiles, readHtml, urlPathOf } from './dist';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

const SKIP = /^(mailto:|tel:|data:|javascript:|blob:)/;

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    ids = new Set(
      readHtml(file)
        .querySelectorAll('[id]')
        .map((el) => el.getAttribute('id')!),
    );
    cache.set(file, ids);
  }
  return ids;
}

/** All link-like attribute values of a page: a/link href, img/script/source src, srcset, og:image, og:url. */
export function linksOf(file: string): string[] {
  const root = readHtml(file);
  const links: string[] = [];
  for (const el of root.querySelectorAll('a[href], link[href], area[href]')) links.push(el.getAttribute('href')!);
  for (const el of root.querySelectorAll('img[src], script[src], source[src], iframe[src]')) links.push(el.getAttribute('src')!);
  for (const el of root.querySelectorAll('[srcset]')) {
    for (const part of el.getAttribute('srcset')!.split(',')) links.push(part.trim().split(/\s+/)[0]!);
  }
  for (const el of root.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]')) {
    links.push(el.getAttribute('content')!);
  }
  return links;
}

export function checkLinks(dist: string, options: { base: string; siteOrigin: string }): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const pageUrl = new URL(options.base.replace(/\/$/, '') + urlPathOf(dist, file), options.siteOrigin);
    const page = path.relative(dist, file);
    for (const raw of linksOf(file)) {
      if (!raw || SKIP.test(raw)) continue;
      const url = new URL(raw, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      checked++;
      if (!url.pathname.startsWith(options.base)) {
        broken.push({ page, link: raw, reason: `escapes the base path ${options.base}` });
        continue;
      }
      const target = fileForUrlPath(dist, '/' + url.pathname.slice(options.base.length));
      if (!target) {
        broken.push({ page, link: raw, reason: 'no such file in the build' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target, idCache).has(fragment)) {
        broken.push({ page, link: raw, reason: `no element with id "${fragment}" in ${path.relative(dist, target)}` });
      }
    }
  }
  return { checked, broken };
}
