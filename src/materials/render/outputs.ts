/**
 * SVG → files (Node only): raster with sharp, vector PDF with pdfkit + svg-to-pdfkit at the
 * exact physical size, and a print-shop PDF with 3 mm bleed, crop marks and fold marks.
 */
import sharp from 'sharp';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { BLEED_MM, PRINT_DPI, mmToPt, type PrintFormat } from '../formats.ts';

/** Rasterises an SVG of layout size `layoutWidth` to exactly width × height pixels. */
export function rasterise(svg: string, layoutWidth: number, width: number, height: number) {
  // librsvg renders SVG px at 72 dpi: scale the density so the output is at least the target size.
  const density = Math.min(72 * (width / layoutWidth) * 1.0001, 100_000);
  return sharp(Buffer.from(svg), { density, limitInputPixels: false }).resize(width, height, { fit: 'fill' });
}

export async function printPng(svg: string, format: PrintFormat, width: number, height: number): Promise<Buffer> {
  return rasterise(svg, format.layoutWidth, width, height)
    .withMetadata({ density: PRINT_DPI })
    .png({ compressionLevel: 9, palette: true, quality: 95 })
    .toBuffer();
}

export async function screenPng(svg: string, width: number, height: number): Promise<Buffer> {
  return rasterise(svg, width, width, height).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
}

export const PREVIEW_GAP = 24;

/** Web preview: JPEG, pages stacked with a gap, fold guides dashed. */
export async function preview(pages: { svg: string; layoutWidth: number; layoutHeight: number }[], width: number): Promise<Buffer> {
  const gap = PREVIEW_GAP;
  const images = await Promise.all(
    pages.map(async (page) => {
      const height = Math.round((width * page.layoutHeight) / page.layoutWidth);
      return { input: await rasterise(page.svg, page.layoutWidth, width, height).png().toBuffer(), height };
    }),
  );
  const total = images.reduce((sum, image) => sum + image.height, 0) + gap * (images.length - 1);
  let top = 0;
  const composite = images.map((image) => {
    const layer = { input: image.input, top, left: 0 };
    top += image.height + gap;
    return layer;
  });
  return sharp({ create: { width, height: total, channels: 3, background: '#d4d4d8' } })
    .composite(composite)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** Dashed fold guides drawn onto a page SVG (web preview only). */
export function withFoldGuides(svg: string, xs: number[], height: number): string {
  const lines = xs
    .map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="${height}" stroke="#71717a" stroke-width="1.5" stroke-dasharray="8 6"/>`)
    .join('');
  const end = svg.lastIndexOf('</svg>');
  return svg.slice(0, end) + lines + svg.slice(end);
}

export interface PdfPage {
  svg: string;
  /** Fold positions in mm from the left trim edge (tri-fold leaflet). */
  foldsMm?: number[];
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
}

const SLUG_MM = 10;
const MARK_MM = 6;

/**
 * Vector PDF of the pages. With `bleed`, each page grows by 3 mm bleed (filled with the page
 * background, which is the only thing templates let touch the trim edge) plus a slug carrying
 * crop marks and fold marks; TrimBox and BleedBox are set for the print shop's software.
 */
export async function printPdf(
  pages: PdfPage[],
  format: PrintFormat,
  opts: { bleed: boolean; background: string; title: string },
): Promise<Buffer> {
  const trimW = mmToPt(format.widthMm);
  const trimH = mmToPt(format.heightMm);
  const offset = opts.bleed ? mmToPt(BLEED_MM + SLUG_MM) : 0;
  const size: [number, number] = [trimW + 2 * offset, trimH + 2 * offset];
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    info: { Title: opts.title, Creator: 'Bình đẳng giới trong trường học' },
  });
  const done = collect(doc);
  for (const page of pages) {
    doc.addPage({ size, margin: 0 });
    if (opts.bleed) {
      const bleed = mmToPt(BLEED_MM);
      doc.rect(offset - bleed, offset - bleed, trimW + 2 * bleed, trimH + 2 * bleed).fill(opts.background);
      const data = doc.page.dictionary.data as Record<string, unknown>;
      data.TrimBox = [offset, offset, offset + trimW, offset + trimH];
      data.BleedBox = [offset - bleed, offset - bleed, offset + trimW + bleed, offset + trimH + bleed];
    }
    SVGtoPDF(doc, page.svg, offset, offset, { width: trimW, height: trimH, preserveAspectRatio: 'none', assumePt: false });
    if (opts.bleed) drawMarks(doc, offset, trimW, trimH, page.foldsMm ?? []);
  }
  doc.end();
  return done;
}

function drawMarks(doc: PDFKit.PDFDocument, offset: number, trimW: number, trimH: number, foldsMm: number[]): void {
  const gap = mmToPt(BLEED_MM);
  const len = mmToPt(MARK_MM);
  const left = offset;
  const right = offset + trimW;
  const top = offset;
  const bottom = offset + trimH;
  doc.save().lineWidth(0.3).strokeColor('#000000');
  for (const x of [left, right]) {
    doc
      .moveTo(x, top - gap - len)
      .lineTo(x, top - gap)
      .stroke();
    doc
      .moveTo(x, bottom + gap)
      .lineTo(x, bottom + gap + len)
      .stroke();
  }
  for (const y of [top, bottom]) {
    doc
      .moveTo(left - gap - len, y)
      .lineTo(left - gap, y)
      .stroke();
    doc
      .moveTo(right + gap, y)
      .lineTo(right + gap + len, y)
      .stroke();
  }
  doc.dash(2, { space: 2 });
  for (const mm of foldsMm) {
    const x = left + mmToPt(mm);
    doc
      .moveTo(x, top - gap - len)
      .lineTo(x, top - gap)
      .stroke();
    doc
      .moveTo(x, bottom + gap)
      .lineTo(x, bottom + gap + len)
      .stroke();
  }
  doc.undash().restore();
}
