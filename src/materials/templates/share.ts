/** Share images: 1080 × 1080 for a Zalo/Facebook post, 1200 × 630 for link previews. */
import type { ScreenFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import type { MaterialContent, ShareTemplate, TemplateInput, TextBox } from './types.ts';

function metrics(format: ScreenFormat) {
  return format.width === format.height
    ? { M: 80, dip: 30, title: 76, titleLines: 5, slogan: 40, sloganLines: 4, foot: 26 }
    : { M: 60, dip: 24, title: 58, titleLines: 3, slogan: 30, sloganLines: 2, foot: 22 };
}

function boxes(_content: MaterialContent, format: ScreenFormat): TextBox[] {
  const m = metrics(format);
  const inner = format.width - 2 * m.M;
  return [
    box('dip', inner, m.dip, 700, 1, 1.25),
    box('tieuDe', inner, m.title, 800, m.titleLines, 1.12),
    box('khauHieu', inner, m.slogan, 700, m.sloganLines, 1.25),
  ];
}

export const share: ShareTemplate = {
  boxes,
  render({ texts, theme, siteName }: TemplateInput, format: ScreenFormat) {
    const m = metrics(format);
    const b = boxes({ texts }, format);
    const root = h(
      'div',
      {
        width: format.width,
        minHeight: format.height,
        backgroundColor: theme.primary,
        color: theme.onPrimary,
        padding: m.M,
        flexDirection: 'column',
      },
      textIn(pick(b, 'dip'), texts.dip, { opacity: 0.9 }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe, { marginTop: 18 }),
      h('div', { width: 110, height: 10, backgroundColor: theme.accent, marginTop: 26, marginBottom: 26, flexShrink: 0 }),
      texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu) : null,
      h('div', { flexGrow: 1, minHeight: 16 }),
      textIn(box('site', format.width - 2 * m.M, m.foot, 700, 1), siteName),
    );
    return { root, width: format.width, height: format.height };
  },
};
