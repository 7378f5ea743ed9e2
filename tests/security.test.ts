/** What the build ships for security: the headers file, no inline code, escaped JSON-LD, runtime packages declared as such. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readHtml } from '../src/lib/build-check/site-files';
import { CONTENT_SECURITY_POLICY, headersFile } from '../src/lib/security-headers';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from './support/paths';

describe('headers for static hosts', () => {
  it('writes _headers with the policy, under the base path in a sub-folder build', () => {
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(headersFile('/'));
    const sub = readFileSync(path.join(DIST_BASE, '_headers'), 'utf8');
    expect(sub).toBe(headersFile(BASE_PATH));
    expect(sub).toContain(`${BASE_PATH}*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(sub).toContain(`${BASE_PATH}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });
});

const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

describe('pages under the Content-Security-Policy', () => {
  const pages = htmlFiles(DIST).map((file) => ({ file: path.relative(DIST, file), html: readHtml(file) }));

  it('have no inline script, no <style>, no style or on… attribute, no javascript: URL', () => {
    const found = pages.flatMap(({ file, html }) => [
      ...html
        .querySelectorAll('script')
        // Data blocks (JSON-LD, a page's JSON data) never run, so the policy does not apply to them.
        .filter((s) => !s.getAttribute('src') && !DATA_TYPES.has(s.getAttribute('type') ?? ''))
        .map(() => `${file}: inline <script>`),
      ...html.querySelectorAll('style').map(() => `${file}: <style>`),
      ...html.querySelectorAll('[style]').map((el) => `${file}: style="${el.getAttribute('style')}"`),
      ...html
        .querySelectorAll('*')
        .filter((el) => Object.keys(el.attributes).some((name) => /^on/i.test(name)))
        .map((el) => `${file}: <${el.tagName.toLowerCase()}> event attribute`),
      ...html.querySelectorAll('[href^="javascript:"]').map(() => `${file}: javascript: URL`),
    ]);
    expect(found).toEqual([]);
  });

  it('write JSON-LD that no HTML parser can read markup in', () => {
    const scripts = pages.flatMap(({ html }) => html.querySelectorAll('script[type="application/ld+json"]'));
    expect(scripts.length).toBeGreaterThan(10);
    for (const script of scripts) {
      expect(script.textContent).not.toMatch(/[<>]/);
      JSON.parse(script.textContent);
    }
  });
});

describe('packages', () => {
  it('declares what ships to browsers as dependencies, so `npm audit --omit=dev` covers it', () => {
    const { dependencies, devDependencies } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const name of ['docx', 'pagefind']) {
      expect(dependencies, name).toHaveProperty(name);
      expect(devDependencies, name).not.toHaveProperty(name);
    }
  });
});
