/** Pa-nô and băng rôn: wide formats read from a distance; headline, slogan, sources and QR only. */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { PROJECT_NOTE, qrPlaceholder } from './parts.ts';
import type { MaterialContent, PrintTemplate, TemplateInput, TextBox } from './types.ts';

/** Type scale per format: a băng rôn is one line of headline and one of slogan. */
function metrics(format: PrintFormat) {
  const banner = format.layoutHeight / format.layoutWidth < 0.25;
  return banner
    ? { M: 36, qr: 270, caption: 20, dip: 24, title: 104, titleLines: 1, slogan: 58, sloganLines: 1, cite: 20 }
    : { M: 56, qr: 250, caption: 20, dip: 28, title: 90, titleLines: 2, slogan: 46, sloganLines: 2, cite: 19 };
}

function boxes(_content: MaterialContent, format: PrintFormat): TextBox[] {
  const m = metrics(format);
  const column = format.layoutWidth - 2 * m.M - m.qr - 56;
  return [
    box('dip', column, m.dip, 700, 1, 1.25),
    box('tieuDe', column, m.title, 800, m.titleLines, 1.1),
    box('khauHieu', column, m.slogan, 700, m.sloganLines, 1.2),
    box('canCu', column, m.cite, 400, 1, 1.3),
  ];
}

export const wide: PrintTemplate = {
  id: 'bang-ngang',
  label: 'Pa-nô, băng rôn',
  formats: ['pa-no-300x100', 'bang-ron-500x80'],
  boxes,
  maxPoints: () => 0,
  render({ texts, theme }: TemplateInput, format: PrintFormat) {
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const m = metrics(format);
    const b = boxes({ texts }, format);
    const qr = { x: W - m.M - m.qr, y: Math.round((H - m.qr - m.caption - 4) / 2), size: m.qr };
    const root = h(
      'div',
      { width: W, minHeight: H, backgroundColor: theme.background, padding: m.M, position: 'relative', flexDirection: 'row' },
      h('div', { width: 16, backgroundColor: theme.accent, marginRight: 40, flexShrink: 0 }),
      h(
        'div',
        { flexDirection: 'column', justifyContent: 'center', gap: m.M > 40 ? 14 : 6 },
        textIn(pick(b, 'dip'), texts.dip, { color: theme.primary }),
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary }),
        texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }) : null,
        textIn(pick(b, 'canCu'), `${texts.canCu} ${PROJECT_NOTE}`, { color: theme.text }),
      ),
      qrPlaceholder(qr.x, qr.y, m.qr, m.caption, theme),
    );
    return [{ root, width: W, height: H, qr }];
  },
};
