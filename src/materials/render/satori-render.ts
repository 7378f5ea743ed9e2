/**
 * Satori wrapper: renders an element tree to SVG and reports characters no font covers
 * (Satori asks `loadAdditionalAsset` for them; we answer with nothing and record them).
 * Portable: the build and the browser run this same module, Satori's standalone build, whose
 * layout engine (layout.wasm) each side loads its own way and hands to initLayout(); fonts are
 * passed in.
 */
import satori, { init } from 'satori/standalone';
import type { Node, TextBox } from '../templates/types.ts';
import { WORD_JOINER } from '../templates/bind.ts';
import { textIn } from '../templates/h.ts';
import { inlineSvgImages } from './inline-svg-images.ts';

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

/** Satori's options for our fonts; characters no font covers are collected in `missing`. */
function options(width: number, fonts: FontInput[], missing: string[], height?: number) {
  return {
    width,
    ...(height === undefined ? {} : { height }),
    fonts: fonts as Parameters<typeof satori>[1]['fonts'],
    loadAdditionalAsset: async (_code: string, segment: string) => {
      // The word joiner only steers line breaking (see templates/bind.ts): it needs no glyph.
      const visible = segment.replaceAll(WORD_JOINER, '');
      if (visible !== '') missing.push(visible);
      return [];
    },
  };
}

/**
 * Lays out and draws a tree. Text becomes outlines; with `textAsText` it stays <text> elements
 * (one per word and space, with position and width), which the PDF text layer is made from.
 */
export async function renderSvg(root: Node, width: number, fonts: FontInput[], height?: number, textAsText = false): Promise<SvgResult> {
  const missing: string[] = [];
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], {
    ...options(width, fonts, missing, height),
    embedFont: !textAsText,
  });
  const match = /^<svg width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { svg: inlineSvgImages(svg), width: Number(match?.[1] ?? width), height: Number(match?.[2] ?? 0), missing };
}

export interface Measure {
  lines: number;
  missing: string[];
  /** A run that cannot be broken (a long word, glued words) sticks out of the box. */
  overflows: boolean;
}

/**
 * Lays a text out in its box with Satori itself. Without embedded fonts Satori writes one
 * <text> per word or space with its position: lines are the distinct baselines, and a word
 * reaching past the box's width sticks out (spaces at a line's end may hang, as in CSS).
 */
export async function measureText(text: string, textBox: TextBox, fonts: FontInput[]): Promise<Measure> {
  const missing: string[] = [];
  const svg = await satori(textIn(textBox, text) as unknown as Parameters<typeof satori>[0], {
    ...options(textBox.width, fonts, missing),
    embedFont: false,
  });
  const runs = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
  const lines = new Set(runs.map((run) => run[2])).size;
  const widest = Math.max(0, ...runs.filter((run) => run[4]!.trim() !== '').map((run) => Number(run[1]) + Number(run[3])));
  return { lines, missing, overflows: widest > textBox.width + 0.5 };
}
