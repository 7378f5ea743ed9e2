/**
 * Share images: 1080 × 1080 for a Zalo/Facebook post, 1200 × 630 for link previews. The school
 * (when there is one) heads the image; the illustration balances the headline.
 */
import type { ScreenFormat } from '../formats.ts';
import { box, h, pick, plainText, textIn } from './h.ts';
import { fitSize, schoolBlock, schoolBoxes, type SchoolType } from './parts.ts';
import { paletteOnDark, sceneBeside, sceneSlot } from './pictograms.ts';
import type { MaterialContent, ShareTemplate, TemplateInput, TextBox } from './types.ts';

interface ShareMetrics {
  M: number;
  square: boolean;
  school: SchoolType;
  dip: number;
  title: { size: number; lines: number; width: number };
  slogan: { size: number; lines: number; width: number };
  foot: number;
}

/** Link previews are small on a phone: short headlines get larger type. */
const TITLE_SIZE = [
  [30, 68],
  [48, 60],
] as const;

function metrics(format: ScreenFormat, title: string): ShareMetrics {
  const square = format.width === format.height;
  const school: SchoolType = square
    ? { coQuan: 20, ten: 30, tenLines: 2, dongPhu: 22, logo: 72, layout: 'row' }
    : { coQuan: 16, ten: 24, tenLines: 2, dongPhu: 17, logo: 54, layout: 'row' };
  return square
    ? {
        M: 72,
        square,
        school,
        dip: 28,
        title: { size: 84, lines: 5, width: 936 },
        slogan: { size: 40, lines: 3, width: 936 },
        foot: 26,
      }
    : {
        M: 56,
        square,
        school,
        dip: 22,
        title: { size: fitSize(title.length, TITLE_SIZE, 54), lines: 4, width: 640 },
        slogan: { size: 28, lines: 3, width: 640 },
        foot: 21,
      };
}

function boxes({ texts, school }: MaterialContent, format: ScreenFormat): TextBox[] {
  const m = metrics(format, texts.tieuDe);
  return [
    ...schoolBoxes(school, m.square ? format.width - 2 * m.M : m.title.width, m.school),
    box('dip', m.title.width, m.dip, 700, 2, 1.25),
    { ...box('tieuDe', m.title.width, m.title.size, 800, m.title.lines, 1.1), balance: true },
    { ...box('khauHieu', m.slogan.width, m.slogan.size, 700, m.slogan.lines, 1.25), balance: true },
  ];
}

export const share: ShareTemplate = {
  boxes,
  render(input: TemplateInput, format: ScreenFormat) {
    const { texts, school, theme, illustration, siteName } = input;
    const m = metrics(format, texts.tieuDe);
    const b = boxes(input, format);
    const schoolNode = school
      ? h(
          'div',
          { paddingBottom: 16, borderBottom: `3px solid ${theme.accent}`, flexShrink: 0 },
          schoolBlock(b, school, m.school, { name: theme.onPrimary, other: theme.onPrimary }),
        )
      : null;
    const headline = h(
      'div',
      { flexDirection: 'column', gap: 16, flexShrink: 0 },
      textIn(pick(b, 'dip'), texts.dip, { opacity: 0.9 }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe),
    );
    const slogan = texts.khauHieu
      ? h(
          'div',
          { flexDirection: 'column', gap: 18 },
          h('div', { width: 90, height: 9, borderRadius: 4, backgroundColor: theme.accent }),
          textIn(pick(b, 'khauHieu'), texts.khauHieu),
        )
      : h('div', { width: 90, height: 9, borderRadius: 4, backgroundColor: theme.accent });
    const site = plainText({ fontSize: m.foot, fontWeight: 700, lineHeight: 1.2, opacity: 0.9 }, siteName);
    const frame = {
      width: format.width,
      height: format.height,
      backgroundColor: theme.primary,
      color: theme.onPrimary,
      padding: m.M,
    };
    const root = m.square
      ? h(
          'div',
          { ...frame, flexDirection: 'column', justifyContent: 'space-between', gap: 24 },
          schoolNode,
          headline,
          sceneSlot(illustration, paletteOnDark(theme), 180, 520),
          slogan,
          site,
        )
      : h(
          'div',
          { ...frame, flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', gap: 32 },
          h(
            'div',
            { flexDirection: 'column', justifyContent: 'space-between', height: format.height - 2 * m.M, gap: 18 },
            schoolNode,
            headline,
            slogan,
            site,
          ),
          // Low in the frame: the headline fills the top, the picture the bottom.
          sceneBeside(illustration, paletteOnDark(theme), undefined, 'xMidYMax'),
        );
    return { root, width: format.width, height: format.height };
  },
};
