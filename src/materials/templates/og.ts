/**
 * Open Graph image of any page: site name, a label (document number or kind of page) and the
 * title. Titles are not material copy, so a long one steps the type down instead of failing;
 * `fitTitle` picks the size with a measuring callback supplied by the renderer.
 */
import { OG_SIZE } from '../formats.ts';
import { box, FONT_FAMILY, h, textIn } from './h.ts';
import { bindText } from './bind.ts';
import { THEMES } from './themes.ts';
import type { Node, TextBox } from './types.ts';

const M = 64;
const TITLE_SIZES = [64, 56, 48, 42, 36] as const;
const TITLE_LINES = 4;

export interface OgInput {
  title: string;
  label: string;
  siteName: string;
}

export function ogTitleBoxes(): TextBox[] {
  return TITLE_SIZES.map((size) => box('title', OG_SIZE.width - 2 * M, size, 800, TITLE_LINES, 1.15));
}

export function ogImage(input: OgInput, titleBox: TextBox): Node {
  const theme = THEMES.tim;
  return h(
    'div',
    {
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      backgroundColor: theme.primary,
      color: theme.onPrimary,
      padding: M,
      flexDirection: 'column',
      fontFamily: FONT_FAMILY,
    },
    h('div', { fontSize: 30, fontWeight: 700, color: theme.accent, lineHeight: 1.25 }, bindText(input.label)),
    h('div', { width: 100, height: 8, backgroundColor: theme.accent, marginTop: 22, marginBottom: 26, flexShrink: 0 }),
    textIn(titleBox, input.title),
    h('div', { flexGrow: 1 }),
    h('div', { fontSize: 28, fontWeight: 700, lineHeight: 1.2 }, input.siteName),
  );
}
