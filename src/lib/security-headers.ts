/**
 * The HTTP headers the site is meant to be served with: the Content-Security-Policy it works under
 * (tested in Chromium, e2e/csp.test.ts), the other security headers, and cache lifetimes. The build
 * writes them as `_headers` for static hosts (src/integrations/headers.ts); the nginx and Apache
 * examples in deploy/ carry the same values (tests/deploy-headers.test.ts keeps them in step).
 */

/**
 * No inline script or style at all; Pagefind compiles WebAssembly ('wasm-unsafe-eval') and runs
 * its search in a worker (a blob: worker in some browsers); materials preview from blob:/data: images.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Full URL to this site, only the origin to others (no reader's page path leaks to other sites).
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses none of these; no embedded page may ask for them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** A year, never revalidated: for files whose name changes when their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Always revalidated: pages and the files that name hashed ones (pagefind.js, pagefind-entry.json…). */
export const REVALIDATE = 'no-cache';

/**
 * Content-hashed files, site-relative: Astro's bundles, share images, Pagefind's index fragments, and
 * the download folder of each material (an-pham/<slug>/tep-<hash>/). nginx and Apache match this
 * regular expression (under any base path); `_headers` lists the prefixes it can express.
 */
export const HASHED_PATH = /(^|\/)(_astro|og|pagefind\/(fragment|index|filter))\/|(^|\/)an-pham\/[^/]+\/tep-[0-9a-f]+\//;
const HASHED_PREFIXES = ['_astro/', 'og/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];

/**
 * `_headers` for Netlify and Cloudflare Pages. Both join the values of a header set by two matching
 * rules, so Cache-Control is set only on hashed files; everything else keeps the hosts' default
 * (max-age=0, must-revalidate: the same as no-cache). Their patterns allow one `*` per rule, so the
 * material folders (a hash in the middle of the path) keep the default too.
 */
export function headersFile(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Tiêu đề HTTP cho Netlify, Cloudflare Pages (tạo tự động khi dựng trang, xem src/lib/security-headers.ts).',
    `${prefix}*`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const hashed of HASHED_PREFIXES) lines.push(`${prefix}${hashed}*`, `  Cache-Control: ${IMMUTABLE}`);
  return `${lines.join('\n')}\n`;
}
