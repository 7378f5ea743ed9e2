/** What the three áp-phích layouts (A4, A3 portrait) share: margins, small print, the school block. */
import type { PrintFormat } from '../formats.ts';
import { citationBox, qrColumnWidth, type SchoolType } from './parts.ts';
import type { Node, PrintTemplate, TemplateInput, TextBox } from './types.ts';

export const POSTER_FORMATS = ['a4', 'a3'] as const;
export const POSTER_MAX_POINTS = 4;
export const M = 56;
export const FOOT = { size: 13, lines: 4, qr: { size: 112, caption: 12, gap: 24 } };
export const POSTER_SCHOOL: SchoolType = { coQuan: 15, ten: 24, tenLines: 2, dongPhu: 16, logo: 64, layout: 'row' };

export const inner = (format: PrintFormat) => format.layoutWidth - 2 * M;

export function posterCitation(format: PrintFormat): TextBox {
  return citationBox(inner(format), qrColumnWidth(FOOT.qr.size, FOOT.qr.caption) + FOOT.qr.gap, FOOT.size, FOOT.lines);
}

/** What a poster layout draws from: its input, the page size, the text width and the measured boxes. */
export interface PosterFrame {
  input: TemplateInput;
  format: PrintFormat;
  W: number;
  H: number;
  w: number;
  b: TextBox[];
}

/** An áp-phích template: one page in the poster formats, drawn by `layout`. */
export function posterTemplate(
  id: string,
  label: string,
  boxes: PrintTemplate['boxes'],
  layout: (frame: PosterFrame) => Node,
): PrintTemplate {
  return {
    id,
    label,
    formats: POSTER_FORMATS,
    boxes,
    maxPoints: () => POSTER_MAX_POINTS,
    render(input, format) {
      const W = format.layoutWidth;
      const H = format.layoutHeight;
      return [{ root: layout({ input, format, W, H, w: inner(format), b: boxes(input, format) }), width: W, height: H }];
    },
  };
}
