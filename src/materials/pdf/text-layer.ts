/**
 * An invisible, selectable text layer over the outlined text of a PDF page, so that copying,
 * screen readers and `pdftotext` get the words ("TRƯỜNG MẦM NON HOA SEN"), Vietnamese included.
 *
 * Satori draws text as outlines; rendered once more with text kept as <text> elements it tells
 * where every word sits and how wide it is. Each word is written in text render mode 3
 * (invisible) with a Type 3 font whose glyphs are empty and whose ToUnicode map gives the
 * characters back; horizontal scaling stretches the word to its measured width, so a selection
 * covers the visible word. No font file is embedded (nothing to parse, nothing to subset),
 * which keeps pdfkit's font machinery out of the browser bundle.
 */
import { unbindText } from '../templates/bind.ts';

type PdfDocument = PDFKit.PDFDocument;
type PdfRef = PDFKit.PDFKitReference;

export interface TextRun {
  /** Left edge and baseline in layout px. */
  x: number;
  y: number;
  width: number;
  fontSize: number;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attr = (attrs: string, name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1] ?? NaN);

/**
 * Words of a Satori SVG rendered with text kept as <text> (blank runs dropped). The characters
 * that only steer line breaking (word joiner, no-break space) are taken out: copied or searched
 * text reads "73/2006/QH11", not "73/\u20602006".
 */
export function textRuns(svg: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const match of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const text = unbindText(unescapeXml(match[2]!));
    if (text.trim() === '') continue;
    const attrs = match[1]!;
    runs.push({ x: attr(attrs, 'x'), y: attr(attrs, 'y'), width: attr(attrs, 'width'), fontSize: attr(attrs, 'font-size'), text });
  }
  return runs;
}

/** Where a page's layout lands on the PDF page: origin and scale, in pt, y downwards. */
export interface Placement {
  left: number;
  top: number;
  scaleX: number;
  scaleY: number;
}

/** Advance of every glyph, in thousandths of the font size. */
const GLYPH_WIDTH = 500;
/** Codes 1–255 of a simple font; a document with more distinct characters gets another font. */
const CODES_PER_FONT = 255;

interface LayerFont {
  name: string;
  chars: string[];
  ref: PdfRef;
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

function utf16Hex(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += char.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

function toUnicodeCMap(chars: string[]): string {
  const entries = chars.map((char, i) => `<${hex2(i + 1)}> <${utf16Hex(char)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <ff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const fmt = (n: number) => (Math.round(n * 1000) / 1000).toString();

/** Writes invisible words onto the pages of one document; call finish() before doc.end(). */
export class InvisibleTextLayer {
  private readonly doc: PdfDocument;
  private readonly fonts: LayerFont[] = [];
  private readonly codes = new Map<string, { font: LayerFont; code: number }>();
  private readonly emptyGlyph: PdfRef;

  constructor(doc: PdfDocument) {
    this.doc = doc;
    this.emptyGlyph = doc.ref({});
    this.emptyGlyph.end(`${GLYPH_WIDTH} 0 d0`);
  }

  private codeOf(char: string): { font: LayerFont; code: number } {
    let entry = this.codes.get(char);
    if (!entry) {
      let font = this.fonts[this.fonts.length - 1];
      if (!font || font.chars.length === CODES_PER_FONT) {
        font = { name: `TL${this.fonts.length + 1}`, chars: [], ref: this.doc.ref({}) };
        this.fonts.push(font);
      }
      font.chars.push(char);
      entry = { font, code: font.chars.length };
      this.codes.set(char, entry);
    }
    return entry;
  }

  /** Draws the runs of one page (the current page of the document). */
  draw(runs: TextRun[], at: Placement): void {
    if (runs.length === 0) return;
    const { doc } = this;
    const pageHeight = doc.page.height;
    const out: string[] = ['q', `1 0 0 -1 0 ${fmt(pageHeight)} cm`, 'BT', '3 Tr'];
    for (const run of runs) {
      const size = run.fontSize * at.scaleY;
      const chars = [...run.text];
      // Consecutive characters of one font become one string.
      const pieces: { font: LayerFont; hex: string }[] = [];
      for (const char of chars) {
        const { font, code } = this.codeOf(char);
        const last = pieces[pieces.length - 1];
        if (last && last.font === font) last.hex += hex2(code);
        else pieces.push({ font, hex: hex2(code) });
      }
      for (const { font } of pieces) doc.page.fonts[font.name] = font.ref;
      const natural = (chars.length * GLYPH_WIDTH * size) / 1000;
      const scale = natural > 0 ? (100 * run.width * at.scaleX) / natural : 100;
      const x = at.left + run.x * at.scaleX;
      const y = pageHeight - (at.top + run.y * at.scaleY);
      out.push(`${fmt(scale)} Tz`, `1 0 0 1 ${fmt(x)} ${fmt(y)} Tm`);
      for (const piece of pieces) out.push(`/${piece.font.name} ${fmt(size)} Tf`, `<${piece.hex}> Tj`);
    }
    out.push('ET', 'Q');
    doc.addContent(out.join('\n'));
  }

  /** Writes the fonts: widths, encoding and the map back to Unicode of every character used. */
  finish(): void {
    for (const font of this.fonts) {
      const names = font.chars.map((_, i) => `g${i + 1}`);
      const toUnicode = this.doc.ref({});
      toUnicode.end(toUnicodeCMap(font.chars));
      (font.ref as { data: object }).data = {
        Type: 'Font',
        Subtype: 'Type3',
        FontBBox: [0, 0, 0, 0],
        FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
        CharProcs: Object.fromEntries(names.map((name) => [name, this.emptyGlyph])),
        Encoding: { Type: 'Encoding', Differences: [1, ...names] },
        FirstChar: 1,
        LastChar: font.chars.length,
        Widths: font.chars.map(() => GLYPH_WIDTH),
        ToUnicode: toUnicode,
        Resources: {},
      };
      font.ref.end(undefined);
    }
  }
}
