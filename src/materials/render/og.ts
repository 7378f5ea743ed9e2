/** Open Graph image of a page (Node side): picks the largest title size that fits, writes a PNG. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OG_SIZE } from '../formats.ts';
import { ogImage, ogTitleBoxes, type OgInput } from '../templates/og.ts';
import { setupRenderer } from './setup.ts';
import { measureText, renderSvg } from './satori-render.ts';
import { screenPng } from './outputs.ts';

export async function renderOgImage(input: OgInput, file: string, root = process.cwd()): Promise<{ bytes: number }> {
  const fonts = await setupRenderer(root);
  const sizes = ogTitleBoxes();
  let chosen = sizes[sizes.length - 1]!;
  let title = input.title;
  for (const candidate of sizes) {
    if ((await measureText(title, candidate, fonts)).lines <= candidate.maxLines) {
      chosen = candidate;
      break;
    }
  }
  // A title too long even at the smallest size is shortened at a word boundary (a preview, not a poster).
  while ((await measureText(title, chosen, fonts)).lines > chosen.maxLines) title = title.replace(/\s+\S+$/, '') + '…';
  const { svg } = await renderSvg(ogImage({ ...input, title }, chosen), OG_SIZE.width, fonts, OG_SIZE.height);
  const png = await screenPng(svg, OG_SIZE.width, OG_SIZE.height);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
  return { bytes: png.length };
}
