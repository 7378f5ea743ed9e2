/** Minimal element builder for Satori trees (no JSX runtime, works in Node and the browser). */
import { bindSchoolName, bindText } from './bind.ts';
import type { Child, Node, TextBox } from './types.ts';

export const FONT_FAMILY = 'BVP Latin, BVP Viet';

export function h(type: string, style: Record<string, unknown>, ...children: Child[]): Node {
  const kids = children.filter((c) => c !== null && c !== undefined && c !== false);
  return { type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children: kids.length === 1 ? kids[0] : kids } };
}

/** A text block set exactly as its box declares (glued by bindText), so measurement and rendering agree. */
export function textIn(box: TextBox, text: string, style: Record<string, unknown> = {}): Node {
  const glued = bindText(box.schoolName ? bindSchoolName(cased(box, text)) : cased(box, text), lastRun(box));
  // A caller may set the text wider than its box was measured at (more room, never fewer lines).
  const width = typeof style.width === 'number' ? style.width : box.width;
  return h(
    'div',
    {
      width: box.width,
      fontSize: box.fontSize,
      lineHeight: box.lineHeight,
      fontWeight: box.weight,
      fontFamily: FONT_FAMILY,
      flexShrink: 0,
      ...(box.balance && balances(glued, lineChars(box, width)) ? { textWrap: 'balance' } : {}),
      ...style,
    },
    glued,
  );
}

const cased = (box: TextBox, text: string) => (box.uppercase ? text.toUpperCase() : text);

/** Characters a line holds, about (Be Vietnam Pro averages ~0.51 em a character, bold ~0.59). */
const lineChars = (box: TextBox, width = box.width) => width / ((box.weight === 400 ? 0.51 : 0.59) * box.fontSize);

/** About 60 % of a line: the most the last two words may be glued into. */
const lastRun = (box: TextBox) => Math.min(18, Math.floor(0.6 * lineChars(box)));

/**
 * Satori balances lines by narrowing the box as far as the line count allows; a glued run
 * longer than a balanced line then sets that width and leaves a lone word on another line
 * ("Cùng / hành động vì / bình đẳng giới"). Such text is set greedily instead.
 */
function balances(glued: string, perLine: number): boolean {
  const length = [...glued].length;
  const balancedLine = length / Math.ceil(length / perLine);
  return Math.max(...glued.split(' ').map((run) => [...run].length)) <= 0.9 * balancedLine;
}

/** Text that is not a content field (an address, a caption): no glue, may wrap anywhere. */
export function plainText(style: Record<string, unknown>, text: string): Node {
  return h('div', { fontFamily: FONT_FAMILY, overflowWrap: 'anywhere', ...style }, text);
}

export function box(
  field: string,
  width: number,
  fontSize: number,
  weight: TextBox['weight'],
  maxLines: number,
  lineHeight = 1.2,
): TextBox {
  return { field, width, fontSize, lineHeight, weight, maxLines };
}

/** Looks up a declared box by field; templates render from the same declarations they measure. */
export function pick(boxes: TextBox[], field: string): TextBox {
  const found = boxes.find((b) => b.field === field);
  if (!found) throw new Error(`template has no box for ${field}`);
  return found;
}
