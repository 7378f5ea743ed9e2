/** The shared renderer, Node side: Satori's layout engine and the fonts of FONT_FILES, read from the installed packages. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FONT_FILES, FONT_PACKAGE } from '../fonts.ts';
import { initLayout, type FontInput } from './satori-render.ts';
import { packageDir } from './package-dir.ts';

let fonts: FontInput[] | undefined;

/** Loads everything rendering needs (once per process) and returns the fonts. */
export async function setupRenderer(root = process.cwd()): Promise<FontInput[]> {
  await initLayout(readFileSync(path.join(packageDir(root, 'satori'), 'layout.wasm')));
  const dir = packageDir(root, FONT_PACKAGE);
  fonts ??= FONT_FILES.map(({ name, weight, file }) => ({
    name,
    weight,
    style: 'normal' as const,
    data: readFileSync(path.join(dir, file)),
  }));
  return fonts;
}
