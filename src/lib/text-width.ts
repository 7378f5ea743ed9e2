/** Width of a line of Times New Roman text, from the generated metrics table (no font files in the browser). */
import { TIMES_CHARACTERS, TIMES_WIDTHS } from './times-metrics';

export type FontStyle = keyof typeof TIMES_WIDTHS;

const index = new Map([...TIMES_CHARACTERS].map((char, i) => [char, i]));
/** Characters outside the table (rare symbols) are counted as wide as "M", so a line is never underestimated. */
const WIDEST = index.get('M')!;

/** Width in points of `text` set in Times New Roman `style` at `size` points (no kerning, as Word sets it). */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const widths = TIMES_WIDTHS[style];
  let total = 0;
  for (const char of text.normalize('NFC')) total += widths[index.get(char) ?? WIDEST]!;
  return (total * size) / 1000;
}
