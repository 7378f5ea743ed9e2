/**
 * Turns an AdminDocument into a Word document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * A4, margins top/bottom 20 mm, left 30 mm, right 15 mm, Times New Roman; header table with
 * the issuer (left) and Quốc hiệu, tiêu ngữ (right); Nơi nhận and signature side by side;
 * page numbers centred in the top margin from page 2 on.
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
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
} from 'docx';
import type { AdminDocument, Block } from './plan';

export const FONT = 'Times New Roman';
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Page geometry in millimetres (A4, the decree's margins). */
export const PAGE_MM = { width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15 } as const;

const pt = (points: number) => points * 2; // docx sizes are half-points
const TEXT_WIDTH = mm(PAGE_MM.width - PAGE_MM.left - PAGE_MM.right);
const LEFT_COL = Math.round(TEXT_WIDTH * 0.4);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function line(
  text: string,
  style: RunStyle = {},
  options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {},
) {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: 0, after: options.after ?? 0 },
    children: [new TextRun({ text, font: FONT, size: pt(style.size ?? 13), bold: style.bold, italics: style.italics })],
  });
}

/** The short solid rule under a line (Phụ lục I): the bottom border of an empty, indented 1 pt paragraph. */
function rule(indentMm: number, after = 0) {
  return new Paragraph({
    spacing: { before: 0, after, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: mm(indentMm), right: mm(indentMm) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

function body(block: Block): Paragraph {
  if (block.kind === 'centered') return line(block.text, { size: 14 }, { after: 120 });
  const heading = block.kind !== 'paragraph';
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 0, after: 120, line: 264 },
    keepNext: heading,
    children: [new TextRun({ text: block.text, font: FONT, size: pt(14), bold: heading })],
  });
}

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });

const twoColumns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] })],
  });

export function toDocx(doc: AdminDocument): Document {
  const header = twoColumns(
    [line(doc.managingBody), line(doc.issuer, { bold: true }), rule(18), line(''), line(doc.number)],
    [
      line(QUOC_HIEU, { bold: true, size: 12.5 }),
      line(TIEU_NGU, { bold: true, size: 14 }),
      rule(19.5),
      line(''),
      line(doc.placeDate, { italics: true, size: 14 }),
    ],
  );
  const signature = twoColumns(
    [
      line('Nơi nhận:', { bold: true, italics: true, size: 12 }, { align: AlignmentType.LEFT }),
      ...doc.recipients.map((r) => line(r, { size: 11 }, { align: AlignmentType.LEFT })),
    ],
    [
      line(doc.signerTitle, { bold: true, size: 14 }),
      ...['', '', '', ''].map(() => line('', { size: 14 })),
      line(doc.signerName, { bold: true, size: 14 }),
    ],
  );
  return new Document({
    creator: doc.issuer,
    title: `${doc.title} ${doc.subtitle.join(' ')}`,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
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
          header,
          line('', { size: 14 }, { after: 120 }),
          line(doc.title, { bold: true, size: 14 }),
          ...doc.subtitle.map((text) => line(text, { bold: true, size: 14 })),
          rule(62, 240),
          ...doc.blocks.map(body),
          line('', { size: 14 }),
          signature,
        ],
      },
    ],
  });
}
