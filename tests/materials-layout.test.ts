/**
 * Layout of every material as it is built and as a school personalises it (short name; long name
 * with managing body, extra line and logo): texts fit, pages do not overflow, no band of a page or
 * share image is empty over 15 % of its height, the standee's QR code is at eye height.
 * MATERIALS_PNG_DIR=<dir> also writes every render there as PNG, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkMaterial, fieldText } from '../src/materials/checks';
import { PRINT_FORMATS, SHARE_FORMATS, TRI_FOLD, type PrintFormatId } from '../src/materials/formats';
import { setupRenderer } from '../src/materials/render/setup';
import { renderSvg } from '../src/materials/render/satori-render';
import { COMPOUNDS } from '../src/materials/templates/bind';
import { TEMPLATES, share } from '../src/materials/templates/index';
import { measureEmptyBands } from './support/empty-band';
import { SAMPLE_LINK, SCHOOLS, materialSamples } from './support/material-samples';
import { textLines } from './support/text-lines';

const fonts = await setupRenderer();
const MAX_EMPTY_BAND = 0.15;
const pngDir = process.env.MATERIALS_PNG_DIR;

const VARIANTS = {
  'as built, without a site address': {},
  'short school name': { school: SCHOOLS.ngan, link: SAMPLE_LINK },
  'long school name, managing body, extra line, logo': { school: SCHOOLS.dai, link: SAMPLE_LINK },
  'with Tổng đài 111 and the long school name': { school: SCHOOLS.dai, link: SAMPLE_LINK, tongDai: true },
} as const;

/**
 * Strips measured on their own: each panel of the leaflet's inside (read panel by panel, where
 * the points are), else the whole sheet as printed.
 */
function strips(foldGuides: number[] | undefined, width: number, side: number): [number, number][] {
  if (!foldGuides || side === 0) return [[0, 1]];
  const edges: number[] = [0, ...foldGuides, width].map((x) => x / width);
  return edges.slice(1).map((x1, i): [number, number] => [edges[i]!, x1]);
}

async function dump(svg: string, name: string, width: number): Promise<void> {
  if (!pngDir) return;
  mkdirSync(pngDir, { recursive: true });
  writeFileSync(path.join(pngDir, `${name}.png`), await sharp(Buffer.from(svg)).resize({ width }).png().toBuffer());
}

/**
 * Largest difference (0–255, any channel) from the page background along the page's edge: only
 * the background may touch the trim edge, since the bleed PDF extends it past the cut.
 */
async function edgeDeviation(svg: string, background: string): Promise<number> {
  // At layout size: 1 px is at most 2 mm of the print, well inside the 3 mm bleed.
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const bg = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
  let worst = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (x > 1 && y > 1 && x < info.width - 2 && y < info.height - 2) continue;
      for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(data[(y * info.width + x) * 3 + c]! - bg[c]!));
    }
  }
  return worst;
}

/** y + height of the QR code (the only nested drawing with crisp edges) in an SVG. */
function qrBottom(svg: string): number | undefined {
  const m = /<svg x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"[^>]*shape-rendering="crispEdges"/.exec(svg);
  return m ? Number(m[1]) + Number(m[2]) : undefined;
}

describe('material layouts', () => {
  it('the leaflet panels match the fold widths', () => {
    expect(TRI_FOLD.outside.reduce((a: number, b: number) => a + b, 0)).toBe(PRINT_FORMATS['to-roi-a4-gap-ba'].widthMm);
  });

  for (const [variant, options] of Object.entries(VARIANTS)) {
    describe(variant, () => {
      for (const { slug, spec, input } of materialSamples(options)) {
        it(`${slug}: fits, no empty band over 15 %`, async () => {
          const format = PRINT_FORMATS[spec.size as PrintFormatId];
          const pages = TEMPLATES[spec.template]!.render(input, format);
          const tag = `${slug}--${variant.split(' ')[0]}`;
          const printed = await Promise.all(pages.map((page) => renderSvg(page.root, page.width, fonts)));
          const shared = await Promise.all(
            Object.values(SHARE_FORMATS).map(async (shareFormat) => {
              const page = share.render(input, shareFormat);
              return { shareFormat, ...(await renderSvg(page.root, page.width, fonts, page.height)) };
            }),
          );
          for (const [i, { svg }] of printed.entries()) await dump(svg, `${tag}-${i + 1}`, format.orientation === 'doc' ? 500 : 1200);
          for (const { svg, shareFormat } of shared) await dump(svg, `${tag}-${shareFormat.width}x${shareFormat.height}`, 600);

          for (const [i, { svg, height }] of printed.entries()) {
            const page = pages[i]!;
            expect(height, `page ${i + 1} overflows`).toBeLessThanOrEqual(page.height + 0.5);
            const bands = await measureEmptyBands(svg, 320, strips(page.foldGuides, page.width, i));
            expect(Math.max(...bands), `page ${i + 1}: empty bands ${bands.map((b) => b.toFixed(3))}`).toBeLessThanOrEqual(MAX_EMPTY_BAND);
            if (spec.template === 'standee' && input.link) expect(qrBottom(svg)).toBeLessThanOrEqual((2 / 3) * page.height);
            expect(
              await edgeDeviation(svg, input.theme.background),
              `page ${i + 1}: only the background touches the trim edge`,
            ).toBeLessThanOrEqual(8);
          }
          for (const { svg, shareFormat } of shared) {
            const [band] = await measureEmptyBands(svg, 320);
            expect(band, shareFormat.label).toBeLessThanOrEqual(MAX_EMPTY_BAND);
          }
          expect(await checkMaterial(spec, fonts)).toEqual([]);
        });
      }
    });
  }

  describe('line breaks', () => {
    for (const { slug, spec, input } of materialSamples({ school: SCHOOLS.dai, link: SAMPLE_LINK })) {
      it(`${slug}: lines break only at spaces, headlines end on two words or more`, async () => {
        const format = PRINT_FORMATS[spec.size as PrintFormatId];
        const boxes = [
          ...TEMPLATES[spec.template]!.boxes(input, format),
          ...Object.values(SHARE_FORMATS).flatMap((shareFormat) => share.boxes(input, shareFormat)),
        ];
        for (const box of boxes) {
          const text = fieldText(spec, box.field);
          if (!text) continue;
          const lines = await textLines(text, box, fonts);
          for (const line of lines.slice(0, -1)) expect(line, `${box.field}: ${JSON.stringify(lines)}`).toMatch(/ $/);
          const broken = lines.join('\n');
          for (const compound of COMPOUNDS) {
            const split = new RegExp(compound.split(' ').join('[ \u00A0]*\n'), 'iu');
            expect(split.test(broken), `${box.field} splits "${compound}": ${JSON.stringify(lines)}`).toBe(false);
          }
          // Headlines: no word alone on a line (the last line, or any line of a text of three words or more).
          const words = text.trim().split(/\s+/).length;
          if (box.balance && words >= 2) expect(lines.at(-1)!.trim(), `${box.field}: ${JSON.stringify(lines)}`).toMatch(/\s/);
          if (box.balance && words >= 3)
            for (const line of lines) expect(line.trim(), `${box.field}: ${JSON.stringify(lines)}`).toMatch(/\s/);
        }
      });
    }
  });
});
