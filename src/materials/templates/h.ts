/** Minimal element builder for Satori trees (no JSX runtime, works in Node and the browser). */
import type { Child, Node, TextBox } from './types.ts';

export const FONT_FAMILY = 'BVP Latin, BVP Viet';

export function h(type: string, style: Record<string, unknown>, ...children: Child[]): Node {
  const kids = children.filter((c) => c !== null && c !== undefined && c !== false);
  return { type, props: { style: { display: 'flex', boxSizing: 'border-box', ...style }, children: kids.length === 1 ? kids[0] : kids } };
}

/** A text block set exactly as its box declares, so measurement and rendering agree. */
export function textIn(box: TextBox, text: string, style: Record<string, unknown> = {}): Node {
  return h(
    'div',
    {
      width: box.width,
      fontSize: box.fontSize,
      lineHeight: box.lineHeight,
      fontWeight: box.weight,
      fontFamily: FONT_FAMILY,
      flexShrink: 0,
      ...style,
    },
    box.uppercase ? text.toUpperCase() : text,
  );
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
