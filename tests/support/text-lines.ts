/**
 * The lines a text box is broken into, read from Satori's own layout: rendered without
 * embedded fonts, Satori writes one <text> element per word and space, with its baseline.
 */
import { renderSvg, type FontInput } from '../../src/materials/render/satori-render';
import { textIn } from '../../src/materials/templates/h';
import type { TextBox } from '../../src/materials/templates/types';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export async function textLines(text: string, box: TextBox, fonts: FontInput[]): Promise<string[]> {
  const { svg } = await renderSvg(textIn(box, text), box.width, fonts, undefined, true);
  const lines = new Map<number, string>();
  for (const m of svg.matchAll(/<text x="[^"]*" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)) {
    const y = Number(m[1]);
    lines.set(y, (lines.get(y) ?? '') + m[2]!.replace(/&\w+;|&#\d+;/g, (e) => ENTITIES[e] ?? e));
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}
