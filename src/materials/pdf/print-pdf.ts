/**
 * Vector PDF of a material's pages at the exact physical size (pdfkit + svg-to-pdfkit), for
 * the build and the browser alike. With `bleed`, each page grows by 3 mm bleed (filled with the
 * page background, which is the only thing templates let touch the trim edge) plus a slug
 * carrying crop marks and fold marks; TrimBox and BleedBox are set for the print shop's
 * software. Every page carries its words as an invisible text layer; Title and Author are set.
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { BLEED_MM, mmToPt, type PrintFormat } from '../formats.ts';
import { InvisibleTextLayer, type TextRun } from './text-layer.ts';

export interface PdfPage {
  /** Satori SVG of the page, text as outlines. */
  svg: string;
  layoutWidth: number;
  layoutHeight: number;
  /** Words of the page, for the text layer. */
  words: TextRun[];
  /** Fold positions in mm from the left trim edge (tri-fold leaflet). */
  foldsMm?: number[];
}

export interface PdfOptions {
  bleed: boolean;
  background: string;
  title: string;
  author: string;
}

const SLUG_MM = 10;
const MARK_MM = 6;

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise((resolve) =>
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    }),
  );
}

export async function printPdf(pages: PdfPage[], format: PrintFormat, opts: PdfOptions): Promise<Uint8Array> {
  const trimW = mmToPt(format.widthMm);
  const trimH = mmToPt(format.heightMm);
  const offset = opts.bleed ? mmToPt(BLEED_MM + SLUG_MM) : 0;
  const size: [number, number] = [trimW + 2 * offset, trimH + 2 * offset];
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: false,
    // No standard font is loaded: the PDF draws outlines and its own text-layer fonts only.
    font: null as unknown as string,
    info: { Title: opts.title, Author: opts.author, Creator: 'Bình đẳng giới trong trường học' },
    displayTitle: true,
    lang: 'vi',
  } as PDFKit.PDFDocumentOptions);
  const done = collect(doc);
  const words = new InvisibleTextLayer(doc);
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
    words.draw(page.words, { left: offset, top: offset, scaleX: trimW / page.layoutWidth, scaleY: trimH / page.layoutHeight });
    if (opts.bleed) drawMarks(doc, offset, trimW, trimH, page.foldsMm ?? []);
  }
  words.finish();
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
