/**
 * Fonts for Satori (Node side): Be Vietnam Pro, latin and vietnamese subsets as .woff.
 * Each subset gets its own family name: with one shared name Satori keeps only the first file
 * and Vietnamese letters come out blank. FONT_FAMILY lists both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Weight } from '../templates/types.ts';
import { packageDir } from './package-dir.ts';

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

const SUBSETS = [
  ['BVP Latin', 'latin'],
  ['BVP Viet', 'vietnamese'],
] as const;
const WEIGHTS: Weight[] = [400, 700, 800];

let cached: SatoriFont[] | undefined;

export function loadFonts(root = process.cwd()): SatoriFont[] {
  cached ??= SUBSETS.flatMap(([name, subset]) =>
    WEIGHTS.map((weight) => ({
      name,
      weight,
      style: 'normal' as const,
      data: readFileSync(
        path.join(packageDir(root, '@fontsource/be-vietnam-pro'), 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
  return cached;
}
