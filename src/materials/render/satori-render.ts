/**
 * Satori wrapper: renders an element tree to SVG and reports characters no font covers
 * (Satori asks `loadAdditionalAsset` for them; we answer with nothing and record them).
 * Portable: the build and the browser run this same module, Satori's standalone build, whose
 * layout engine (layout.wasm) each side loads its own way and hands to initLayout(); fonts are
 * passed in.
 */
import satori, { init } from 'satori/standalone';
import type { Node, TextBox } from '../templates/types.ts';
import { textIn } from '../templates/h.ts';

export interface FontInput {
  name: string;
  data: ArrayBuffer | Uint8Array;
  weight: 400 | 700 | 800;
  style: 'normal';
}

let layout: Promise<void> | undefined;

/** Starts Satori's layout engine once (layout.wasm of the satori package, as bytes). */
export function initLayout(wasm: ArrayBuffer | Uint8Array): Promise<void> {
  layout ??= init(wasm as ArrayBuffer);
  return layout;
}

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
  /** Text segments Satori could not draw with the given fonts. */
  missing: string[];
}

/**
 * Lays out and draws a tree. Text becomes outlines; with `textAsText` it stays <text> elements
 * (one per word and space, with position and width), which the PDF text layer is made from.
 */
export async function renderSvg(root: Node, width: number, fonts: FontInput[], height?: number, textAsText = false): Promise<SvgResult> {
  const missing: string[] = [];
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], {
    width,
    ...(height === undefined ? {} : { height }),
    embedFont: !textAsText,
    fonts: fonts as Parameters<typeof satori>[1]['fonts'],
    loadAdditionalAsset: async (_code: string, segment: string) => {
      missing.push(segment);
      return [];
    },
  });
  const match = /^<svg width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { svg, width: Number(match?.[1] ?? width), height: Number(match?.[2] ?? 0), missing };
}

export interface Measure {
  lines: number;
  missing: string[];
}

/** Lays a text out in its box with Satori itself and counts the lines it takes. */
export async function measureText(text: string, textBox: TextBox, fonts: FontInput[]): Promise<Measure> {
  const { height, missing } = await renderSvg(textIn(textBox, text), textBox.width, fonts);
  return { lines: Math.round(height / (textBox.fontSize * textBox.lineHeight)), missing };
}
