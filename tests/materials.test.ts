/** Build output of the materials pipeline: exact print sizes, rasters, QR codes, budgets. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLEED_MM, PRINT_FORMATS, mmToPt, rasterSize, type PrintFormatId } from '../src/materials/formats';
import { BASE_PATH, DIST, DIST_BASE, ROOT, TEST_SITE_URL } from './support/paths';
import { decodeQr, pdfInfo, pdfPages, pdfText } from './support/pdf';

interface Entry {
  slug: string;
  kichThuoc: PrintFormatId;
  tieuDe: string;
}

/** Reads slug and size straight from the content files (the test must not trust the pipeline). */
const materials: Entry[] = readdirSync(path.join(ROOT, 'content/an-pham')).map((name) => {
  const text = readFileSync(path.join(ROOT, 'content/an-pham', name), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(text)![1]!.trim();
  return { slug: field('slug'), kichThuoc: field('kichThuoc') as PrintFormatId, tieuDe: field('tieuDe') };
});

function filesOf(dist: string, slug: string): string[] {
  const dir = path.join(dist, 'an-pham', slug);
  const hashed = readdirSync(dir).filter((name) => name.startsWith('tep-'));
  expect(hashed).toHaveLength(1);
  return readdirSync(path.join(dir, hashed[0]!)).map((name) => path.join(dir, hashed[0]!, name));
}

describe('materials', () => {
  it('has at least twelve materials covering every kind of print format', () => {
    expect(materials.length).toBeGreaterThanOrEqual(12);
    expect(new Set(materials.map((m) => m.kichThuoc))).toEqual(new Set(Object.keys(PRINT_FORMATS)));
  });

  for (const { slug, kichThuoc, tieuDe } of materials) {
    describe(slug, () => {
      const format = PRINT_FORMATS[kichThuoc];

      it('ships a vector PDF at the exact size and a bleed + crop-marks PDF 3 mm larger on each side plus the slug', () => {
        const files = filesOf(DIST, slug);
        const plain = files.find((f) => f.endsWith(`${slug}-${format.id}.pdf`))!;
        const bleed = files.find((f) => f.endsWith('-tran-le-dau-cat.pdf'))!;
        const pages = pdfPages(plain);
        expect(pages).toHaveLength(format.pages);
        for (const page of pages) {
          expect(page.width).toBeCloseTo(mmToPt(format.widthMm), 1);
          expect(page.height).toBeCloseTo(mmToPt(format.heightMm), 1);
        }
        const trim = execFileSync('pdfinfo', ['-box', bleed], { encoding: 'utf8' });
        const box = /TrimBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(trim)!.slice(1).map(Number);
        expect(box[2]! - box[0]!).toBeCloseTo(mmToPt(format.widthMm), 1);
        expect(box[3]! - box[1]!).toBeCloseTo(mmToPt(format.heightMm), 1);
        const bleedBox = /BleedBox:\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(trim)!.slice(1).map(Number);
        expect(bleedBox[2]! - bleedBox[0]!).toBeCloseTo(mmToPt(format.widthMm + 2 * BLEED_MM), 1);
        expect(pdfPages(bleed)[0]!.width).toBeGreaterThan(bleedBox[2]! - bleedBox[0]!);
      });

      it('ships 300 dpi PNGs only for small formats, share images at their pixel sizes, a preview within 300 KB', async () => {
        const files = filesOf(DIST, slug);
        const pngs = files.filter((f) => f.endsWith('-300dpi.png'));
        expect(pngs).toHaveLength(format.raster ? format.pages : 0);
        for (const png of pngs) {
          const meta = await sharp(png).metadata();
          expect({ width: meta.width, height: meta.height, density: meta.density }).toEqual({ ...rasterSize(format), density: 300 });
        }
        for (const [w, h] of [
          [1080, 1080],
          [1200, 630],
        ]) {
          const meta = await sharp(files.find((f) => f.endsWith(`-${w}x${h}.png`))!).metadata();
          expect([meta.width, meta.height]).toEqual([w, h]);
        }
        const preview = files.find((f) => f.endsWith('-xem-truoc.jpg'))!;
        expect(statSync(preview).size).toBeLessThanOrEqual(300 * 1024);
      });

      it('carries its words as a text layer (Vietnamese intact) and Title and Author in both PDFs', () => {
        for (const pdf of filesOf(DIST, slug).filter((f) => f.endsWith('.pdf'))) {
          const lower = (text: string) => text.toLocaleLowerCase('vi');
          const text = pdfText(pdf);
          expect(lower(text), pdf).toContain(lower(tieuDe.replaceAll('~', ' ')));
          // Line-break controls (word joiner, no-break space) stay out of copied and searched text.
          expect(text, pdf).not.toMatch(/[\u2060\u00a0]/);
          expect(pdfInfo(pdf)).toMatchObject({ Title: tieuDe, Author: 'Bình đẳng giới trong trường học' });
        }
      });

      it('prints a QR code that opens the material page (root and sub-folder builds)', async () => {
        const plain = (dist: string) => filesOf(dist, slug).find((f) => f.endsWith(`${slug}-${format.id}.pdf`))!;
        expect(await decodeQr(plain(DIST))).toBe(`${TEST_SITE_URL}/an-pham/${slug}/`);
        expect(await decodeQr(plain(DIST_BASE))).toBe(`${TEST_SITE_URL}${BASE_PATH}an-pham/${slug}/`);
      });
    });
  }
});
