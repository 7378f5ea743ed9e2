/**
 * `npm run fonts`: writes src/assets/fonts/be-vietnam-pro-latin-vi-400.woff2, the Latin subset
 * of Be Vietnam Pro limited to LATIN_SUBSET_TEXT. Run it after changing that list; a test checks
 * that the committed file is what this script produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { LATIN_SUBSET_TEXT } from '../../src/lib/font-subset.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SOURCE = path.join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2');
export const TARGET = path.join(ROOT, 'src/assets/fonts/be-vietnam-pro-latin-vi-400.woff2');

export function latinSubset() {
  return subsetFont(readFileSync(SOURCE), LATIN_SUBSET_TEXT, { targetFormat: 'woff2' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const font = await latinSubset();
  writeFileSync(TARGET, font);
  console.log(`${path.relative(ROOT, TARGET)}: ${font.length} B`);
}
