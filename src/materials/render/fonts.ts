/** Fonts for Satori, Node side: the files of FONT_FILES read from the installed package. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FONT_FILES, FONT_PACKAGE } from '../fonts.ts';
import type { FontInput } from './satori-render.ts';
import { packageDir } from './package-dir.ts';

let cached: FontInput[] | undefined;

export function loadFonts(root = process.cwd()): FontInput[] {
  const dir = packageDir(root, FONT_PACKAGE);
  cached ??= FONT_FILES.map(({ name, weight, file }) => ({
    name,
    weight,
    style: 'normal' as const,
    data: readFileSync(path.join(dir, file)),
  }));
  return cached;
}
