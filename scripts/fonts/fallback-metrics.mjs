/**
 * `npm run fonts:fallback` prints the metrics of the fallback face in src/styles/global.css:
 * Arial (or its metric twin Liberation Sans) scaled so that Vietnamese text set in it takes the
 * room Be Vietnam Pro will take, and with Be Vietnam Pro's ascent and descent, so the swap
 * when the webfont arrives moves nothing (layout shift). A test checks the CSS against this.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FONTSOURCE = path.join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files');
/** Debian's fonts-liberation2: the same advance widths as Arial. */
export const ARIAL_TWIN = '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf';
/** Text whose letters weigh as the site's do: the Law, verbatim. */
const SAMPLE = path.join(ROOT, 'content/nguon/luat-73-2006-qh11.txt');

const open = (file) => fontkit.create(readFileSync(file));

/** Sum of advance widths in em, each character from the first font that has it. */
function advance(fonts, text) {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    const font = fonts.find((candidate) => candidate.hasGlyphForCodePoint(code));
    if (font) em += font.glyphForCodePoint(code).advanceWidth / font.unitsPerEm;
  }
  return em;
}

const percent = (value) => `${(value * 100).toFixed(2)}%`;

export function fallbackMetrics() {
  const webfont = ['latin', 'vietnamese'].map((subset) => open(path.join(FONTSOURCE, `be-vietnam-pro-${subset}-400-normal.woff`)));
  // The Law's text only (below the "=====" rule, not the editors' provenance header), as a page sets
  // it: one space between words (a line break in the file is a space on the page).
  const [, body] = readFileSync(SAMPLE, 'utf8').split(/^={10,}\s*$/m);
  const text = body.normalize('NFC').replace(/\s+/g, ' ');
  const scale = advance(webfont, text) / advance([open(ARIAL_TWIN)], text);
  const [latin] = webfont;
  const em = latin.unitsPerEm;
  return {
    'size-adjust': percent(scale),
    'ascent-override': percent(latin.ascent / em / scale),
    'descent-override': percent(-latin.descent / em / scale),
    'line-gap-override': percent(latin.lineGap / em / scale),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [property, value] of Object.entries(fallbackMetrics())) console.log(`${property}: ${value};`);
}
