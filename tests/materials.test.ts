/** Build output of the materials pipeline: exact print sizes, rasters, QR codes, budgets. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BLEED_MM, PRINT_FORMATS, mmToPt, rasterSize, type PrintFormatId } from '../src/materials/formats';
import { BASE_PATH, DIST, DIST_BASE, ROOT, TEST_SITE_URL } from './support/paths';

interface Entry {
  slug: string;
  kichThuoc: PrintFormatId;
}

/** Reads slug and size straight from the content files (the test must not trust the pipeline). */
const materials: Entry[] = readdirSync(path.join(ROOT, 'content/an-pham')).map((name) => {
  const text = readFileSync(path.join(ROOT, 'content/an-pham', name), 'utf8');
  return { slug: /^slug: (.+)$/m.exec(text)![1]!.trim(), kichThuoc: /^kichThuoc: (.+)$/m.exec(text)![1]!.trim() as PrintFormatId };
});

function filesOf(dist: string, slug: string): string[] {
  const dir = path.join(dist, 'an-pham', slug);
  const hashed = readdirSync(dir).filter((name) => name.startsWith('tep-'));
  expect(hashed).toHaveLength(1);
  return readdirSync(path.join(dir, hashed[0]!)).map((name) => path.join(dir, hashed[0]!, name));
}

function pdfPages(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9', file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

async function decodeQr(pdf: string): Promise<string | null> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
  const info = pdfPages(pdf)[0]!;
  // About 2000 px across whatever the physical size.
  const dpi = Math.max(1, Math.round((2000 / info.width) * 72));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', pdf, path.join(dir, 'p')]);
  const png = path.join(dir, readdirSync(dir)[0]!);
  const { data, info: raw } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), raw.width, raw.height)?.data ?? null;
}

describe('materials', () => {
  it('has at least twelve materials covering every kind of print format', () => {
    expect(materials.length).toBeGreaterThanOrEqual(12);
    expect(new Set(materials.map((m) => m.kichThuoc))).toEqual(new Set(Object.keys(PRINT_FORMATS)));
  });

  for (const { slug, kichThuoc } of materials) {
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

      it('prints a QR code that opens the material page (root and sub-folder builds)', async () => {
        const plain = (dist: string) => filesOf(dist, slug).find((f) => f.endsWith(`${slug}-${format.id}.pdf`))!;
        expect(await decodeQr(plain(DIST))).toBe(`${TEST_SITE_URL}/an-pham/${slug}/`);
        expect(await decodeQr(plain(DIST_BASE))).toBe(`${TEST_SITE_URL}${BASE_PATH}an-pham/${slug}/`);
      });
    });
  }
});
