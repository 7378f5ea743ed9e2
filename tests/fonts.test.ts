/** The self-hosted webfont: our Latin subset is reproducible and, with the Vietnamese file, covers every character the site shows. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredBy, LATIN_SUBSET_TEXT, unicodeRange } from '../src/lib/font-subset';
import { latinSubset, TARGET } from '../scripts/fonts/subset-latin.mjs';
import { fallbackMetrics } from '../scripts/fonts/fallback-metrics.mjs';
import { htmlFiles, readHtml } from '../src/lib/build-check/site-files';
import { DIST, ROOT } from './support/paths';

const css = readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');
const declaredRanges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());

describe('webfont', () => {
  it('declares the Latin subset range that the font file was cut to', () => {
    expect(declaredRanges).toContain(unicodeRange(LATIN_SUBSET_TEXT));
  });

  it('commits exactly the subset that `npm run fonts` produces', async () => {
    expect(Buffer.compare(await latinSubset(), readFileSync(TARGET))).toBe(0);
    expect(readFileSync(TARGET).length).toBeLessThan(16 * 1024);
  });

  it('sizes the fallback face as `npm run fonts:fallback` computes it', () => {
    const face = /@font-face\s*{[^}]*'Be Vietnam Pro fallback'[^}]*}/.exec(css)![0];
    // Compared as numbers: Prettier writes 92.70% as 92.7%.
    for (const [property, value] of Object.entries(fallbackMetrics())) {
      const declared = new RegExp(`${property}: ([\\d.]+)%;`).exec(face)?.[1];
      expect(Number(declared), property).toBe(parseFloat(value));
    }
    expect(css).toMatch(/--font-sans: 'Be Vietnam Pro', 'Be Vietnam Pro fallback',/);
  });

  it('covers every character of visible text on every page', () => {
    const covers = declaredRanges.map(coveredBy);
    const missing = new Map<string, string>();
    for (const file of htmlFiles(DIST)) {
      const root = readHtml(file);
      root.querySelectorAll('script, style, noscript').forEach((el) => el.remove());
      for (const char of new Set(root.text.replace(/\s/g, ''))) {
        if (!covers.some((covered) => covered(char)) && !missing.has(char)) missing.set(char, path.relative(DIST, file));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
