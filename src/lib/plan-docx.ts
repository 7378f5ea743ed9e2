/**
 * Turns an AdminDocument into a Word document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman. The header is the
 * decree's sample (Phụ lục III, văn bản có tên loại): a left column of 6.75 cm for the agency
 * and the school, names broken between their parts; Quốc hiệu and Tiêu ngữ on the right; "Số"
 * and "địa danh, ngày…" on one line. Nơi nhận and the signature, with room for signature and seal,
 * stay on the page of the last paragraph. Page numbers centred in the top margin from page 2 on.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
} from 'docx';
import type { AdminDocument, Block } from './plan-document';
import { breakName } from './name-lines';
import { textWidth, type FontStyle } from './text-width';

export const FONT = 'Times New Roman';
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Page geometry in millimetres (A4, the decree's margins). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Left header column as in the decree's sample (3829 twips), and the cell padding both columns use. */
export const HEADER_LEFT_MM = 67.5;
export const CELL_PADDING_MM = 1.9;
/** Sizes in points: names 12 (the decree allows 12–13; more names fit on one line), the rest as the decree. */
export const SIZE = { name: 12, quocHieu: 12.5, tieuNgu: 14, number: 13, body: 14, recipientsLabel: 12, recipients: 11 } as const;

const pt = (points: number) => points * 2; // docx sizes are half-points
const TWIP_PER_PT = 20;
const TEXT_WIDTH = mm(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
const LEFT_COL = mm(HEADER_LEFT_MM);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;
const PADDING = mm(CELL_PADDING_MM);
/** Signature table as in the decree's sample: Nơi nhận on a narrow left column. */
const SIGN_LEFT = mm(52.8);
const SIGN_RIGHT = TEXT_WIDTH - SIGN_LEFT;
/** Room for the signature and the seal between the signer's title and name. */
export const SIGNATURE_BLANK_LINES = 4;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const run = (text: string, style: RunStyle) =>
  new TextRun({ text, font: FONT, size: pt(style.size), bold: style.bold, italics: style.italics });

function line(text: string, style: RunStyle, options: { align?: Align; before?: number; after?: number; keepNext?: boolean } = {}) {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    keepNext: options.keepNext,
    keepLines: true,
    children: [run(text, style)],
  });
}

/** A solid rule `length` twips long, centred in a space `width` twips wide: the bottom border of an empty 1 pt paragraph. */
function rule(length: number, width: number, after = 0) {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    spacing: { before: 0, after, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    keepNext: true,
    children: [new TextRun({ text: '', size: 2 })],
  });
}

const widthTwips = (text: string, style: FontStyle, size: number) => textWidth(text, style, size) * TWIP_PER_PT;

/** The lines of a name in a column `width` twips wide (cell padding excluded), broken between its parts. */
export function nameLines(name: string, style: FontStyle, width: number): string[] {
  return breakName(name, (width - 2 * PADDING) / TWIP_PER_PT, (text) => textWidth(text, style, SIZE.name));
}

/** The largest size from `sizes` at which `text` fits on one line of a column `width` twips wide. */
function fittingSize(text: string, style: FontStyle, sizes: number[], width: number): number {
  return sizes.find((size) => widthTwips(text, style, size) <= width - 2 * PADDING) ?? sizes.at(-1)!;
}

function body(block: Block, keepNext = false): Paragraph {
  const heading = block.kind !== 'paragraph';
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276 },
    keepNext: heading || keepNext,
    widowControl: true,
    children: [run(block.text, { size: SIZE.body, bold: heading })],
  });
}

const basisLine = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 276 },
    children: [run(text, { size: SIZE.body, italics: true })],
  });

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    margins: { left: PADDING, right: PADDING, top: 0, bottom: 0 },
    children,
  });

function table(widths: [number, number], rows: [Paragraph[], Paragraph[]][]) {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })),
  });
}

function header(doc: AdminDocument): Table {
  const managing = nameLines(doc.managingBody, 'regular', LEFT_COL);
  const issuer = nameLines(doc.issuer, 'bold', LEFT_COL);
  const issuerWidth = Math.max(...issuer.map((l) => widthTwips(l, 'bold', SIZE.name)));
  const placeSize = fittingSize(doc.placeDate, 'regular', [14, 13], RIGHT_COL);
  return table(
    [LEFT_COL, RIGHT_COL],
    [
      [
        [
          ...managing.map((l) => line(l, { size: SIZE.name })),
          ...issuer.map((l) => line(l, { size: SIZE.name, bold: true })),
          // Under the issuer: a rule 1/3 to 1/2 as long as its line (Phụ lục I, mục II.2).
          rule(Math.round(issuerWidth * 0.4), LEFT_COL - 2 * PADDING),
        ],
        [
          line(QUOC_HIEU, { size: SIZE.quocHieu, bold: true }),
          line(TIEU_NGU, { size: SIZE.tieuNgu, bold: true }),
          // Under the Tiêu ngữ: a rule as long as the line.
          rule(Math.round(widthTwips(TIEU_NGU, 'bold', SIZE.tieuNgu)), RIGHT_COL - 2 * PADDING),
        ],
      ],
      [
        [line(doc.number, { size: SIZE.number }, { before: 160 })],
        [line(doc.placeDate, { size: placeSize, italics: true }, { before: 160 })],
      ],
    ],
  );
}

function signature(doc: AdminDocument): Table {
  return table(
    [SIGN_LEFT, SIGN_RIGHT],
    [
      [
        [
          line('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italics: true }, { align: AlignmentType.LEFT, keepNext: true }),
          ...doc.recipients.map((r) => line(r, { size: SIZE.recipients }, { align: AlignmentType.LEFT, keepNext: true })),
        ],
        [
          line(doc.signerTitle, { size: SIZE.body, bold: true }, { keepNext: true }),
          ...Array.from({ length: SIGNATURE_BLANK_LINES }, () => line('', { size: SIZE.body }, { keepNext: true })),
          line(doc.signerName, { size: SIZE.body, bold: true }),
        ],
      ],
    ],
  );
}

export function toDocx(doc: AdminDocument): Document {
  const subjectWidth = Math.max(...doc.subtitle.map((l) => widthTwips(l, 'bold', SIZE.body)));
  const last = doc.blocks.length - 1;
  return new Document({
    creator: doc.issuer,
    title: `${doc.title} ${doc.subtitle.join(' ')}`,
    styles: { default: { document: { run: { font: FONT, size: pt(SIZE.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            margin: {
              top: mm(PAGE_MM.top),
              bottom: mm(PAGE_MM.bottom),
              left: mm(PAGE_MM.left),
              right: mm(PAGE_MM.right),
              header: mm(10),
              footer: 0,
            },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
              }),
            ],
          }),
        },
        children: [
          header(doc),
          line('', { size: SIZE.body }, { after: 120 }),
          line(doc.title, { size: SIZE.body, bold: true }, { keepNext: true }),
          ...doc.subtitle.map((text) => line(text, { size: SIZE.body, bold: true }, { keepNext: true })),
          // Under the trích yếu: a rule 1/3 to 1/2 as long as its line.
          rule(Math.round(subjectWidth * 0.4), TEXT_WIDTH, 240),
          ...(doc.addressee ? [line(doc.addressee, { size: SIZE.body }, { after: 240 })] : []),
          ...doc.basis.map(basisLine),
          // The last paragraph keeps with the signature block: Nơi nhận and signature never stand alone on a page.
          ...doc.blocks.map((block, i) => body(block, i === last)),
          line('', { size: SIZE.body }, { keepNext: true }),
          signature(doc),
        ],
      },
    ],
  });
}
