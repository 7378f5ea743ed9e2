/**
 * Link checker for a built site: every internal href/src must resolve to a file of the build,
 * and every #fragment to an id in the target page. Absolute URLs on the site's own origin count
 * as internal (canonical, og:url, og:image).
 */
import type { HTMLElement } from 'node-html-parser';
import { fileForUrlPath, htmlFiles, readHtml, urlPathOf } from './site-files';

export interface BrokenLink {
  /** URL path of the page in the build, e.g. "/huong-dan/x/". */
  page: string;
  link: string;
  /** What is wrong, in Vietnamese. */
  reason: string;
  /** The element holding the link, to find the content file it came from. */
  element: HTMLElement;
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

/** All link-like attributes of a page: a/link href, img/script/source src, srcset, og:image, og:url. */
export function linksOf(root: HTMLElement): { element: HTMLElement; link: string }[] {
  const links: { element: HTMLElement; link: string }[] = [];
  for (const element of root.querySelectorAll('a[href], link[href], area[href]'))
    links.push({ element, link: element.getAttribute('href')! });
  for (const element of root.querySelectorAll('img[src], script[src], source[src], iframe[src]'))
    links.push({ element, link: element.getAttribute('src')! });
  for (const element of root.querySelectorAll('[srcset]')) {
    for (const part of element.getAttribute('srcset')!.split(',')) links.push({ element, link: part.trim().split(/\s+/)[0]! });
  }
  for (const element of root.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]')) {
    links.push({ element, link: element.getAttribute('content')! });
  }
  return links;
}

export function checkLinks(dist: string, options: { base: string; siteOrigin: string }): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const page = urlPathOf(dist, file);
    const pageUrl = new URL(options.base.replace(/\/$/, '') + page, options.siteOrigin);
    for (const { element, link } of linksOf(readHtml(file))) {
      if (!link || SKIP.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      checked++;
      if (!url.pathname.startsWith(options.base)) {
        broken.push({ page, link, element, reason: `ra ngoài thư mục của trang (${options.base})` });
        continue;
      }
      const target = fileForUrlPath(dist, '/' + url.pathname.slice(options.base.length));
      if (!target) {
        broken.push({ page, link, element, reason: 'trỏ tới trang hoặc tệp không có' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target, idCache).has(fragment)) {
        broken.push({ page, link, element, reason: `trỏ tới mục #${fragment}, nhưng trang ${urlPathOf(dist, target)} không có mục đó` });
      }
    }
  }
  return { checked, broken };
}
