/**
 * Builder for inline SVG elements in a Satori tree. Satori turns an <svg> element into an image
 * (a data URL); the renderer puts its shapes back inline so print files stay vector.
 */
import type { Child, Node } from './types.ts';

export type Attrs = Record<string, string | number | Record<string, unknown> | undefined>;

export function s(type: string, attrs: Attrs, ...children: (Node | null | false | undefined)[]): Node {
  const kids = children.filter((c): c is Node => Boolean(c));
  const props: Node['props'] = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) props[key] = value;
  if (kids.length > 0) props.children = kids as Child[];
  return { type, props };
}

/** Translate and scale a group of shapes drawn in their own unit box. */
export const at = (x: number, y: number, scale = 1, ...children: (Node | null | false | undefined)[]): Node =>
  s('g', { transform: `translate(${round(x)} ${round(y)}) scale(${round(scale)})` }, ...children);

export const round = (n: number): number => Math.round(n * 100) / 100;

/** Mixes two #rrggbb colours: t = 0 gives `from`, t = 1 gives `to`. */
export function mix(from: string, to: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const part = (i: number) =>
    Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${part(0)}${part(1)}${part(2)}`;
}
