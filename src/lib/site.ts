/**
 * Site identity and URL helpers. The site URL and base path are chosen at build time
 * (SITE_URL, BASE_PATH) so dist/ works at a domain root or under a sub-folder.
 */

export const SITE_NAME = 'Bình đẳng giới trong trường học';
export const SITE_DESCRIPTION =
  'Văn bản pháp luật, việc cần làm, kế hoạch mẫu và ấn phẩm truyền thông về bình đẳng giới cho trường mầm non, tiểu học, trung học cơ sở.';

/** Normalises a base path to "/" or "/sub/folder/". */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins the base path and a site-relative path ("van-ban/luat/" or "/van-ban/luat/"). */
export function joinBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

/** The address printed on a material beside its QR code: host and path, no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return (host + pathname).replace(/\/$/, '');
}
