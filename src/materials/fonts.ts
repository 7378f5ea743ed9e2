/**
 * The fonts of every material, for the build and the browser alike: Be Vietnam Pro, latin and
 * vietnamese subsets (.woff, which Satori reads; it cannot read .woff2). Each subset gets its
 * own family name: with one shared name Satori keeps only the first file and Vietnamese letters
 * come out blank. FONT_FAMILY (templates/h.ts) lists both.
 */
import type { Weight } from './templates/types.ts';

export const FONT_PACKAGE = '@fontsource/be-vietnam-pro';

export interface FontFile {
  /** Family name the templates ask for. */
  name: string;
  weight: Weight;
  /** Path inside FONT_PACKAGE. */
  file: string;
}

const SUBSETS = [
  ['BVP Latin', 'latin'],
  ['BVP Viet', 'vietnamese'],
] as const;
const WEIGHTS: Weight[] = [400, 700, 800];

export const FONT_FILES: FontFile[] = SUBSETS.flatMap(([name, subset]) =>
  WEIGHTS.map((weight) => ({ name, weight, file: `files/be-vietnam-pro-${subset}-${weight}-normal.woff` })),
);
