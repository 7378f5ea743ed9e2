/** Áp-phích A4/A3 portrait: kicker, headline, slogan, body points, call to action, sources and QR. */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { footerText, pointBoxes, pointList, pointTextWidth, qrPlaceholder } from './parts.ts';
import type { MaterialTexts, PrintTemplate, TemplateInput, TextBox } from './types.ts';

const M = 52;
const QR = 132;
const QR_CAPTION = 13;

function boxes(texts: MaterialTexts, format: PrintFormat): TextBox[] {
  const inner = format.layoutWidth - 2 * M;
  return [
    box('dip', inner, 17, 700, 2, 1.3),
    box('tieuDe', inner, 58, 800, 3, 1.12),
    box('khauHieu', inner, 30, 700, 3, 1.25),
    ...pointBoxes(texts, pointTextWidth(inner, 22), 22, 3),
    box('keuGoi', inner - 48, 25, 700, 2, 1.3),
    box('canCu', inner - QR - 40, 14, 700, 3, 1.35),
  ];
}

export const poster: PrintTemplate = {
  id: 'ap-phich',
  label: 'Áp-phích',
  formats: ['a4', 'a3'],
  boxes,
  maxPoints: () => 4,
  render({ texts, theme, siteName, siteAddress }: TemplateInput, format: PrintFormat) {
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const b = boxes(texts, format);
    const qr = { x: W - M - QR, y: H - M - QR - QR_CAPTION - 8, size: QR };
    const root = h(
      'div',
      { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background, padding: M, position: 'relative' },
      textIn(pick(b, 'dip'), texts.dip, { color: theme.primary }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary, marginTop: 14 }),
      h('div', { width: 120, height: 10, backgroundColor: theme.accent, marginTop: 24, marginBottom: 24, flexShrink: 0 }),
      texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }) : null,
      texts.diemChinh.length > 0 ? h('div', { marginTop: 28, flexShrink: 0 }, pointList(b, texts.diemChinh, theme, 14)) : null,
      h('div', { flexGrow: 1, minHeight: 24 }),
      texts.keuGoi
        ? h('div', { backgroundColor: theme.primary, padding: 24, borderRadius: 12, flexShrink: 0 }, textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary }))
        : null,
      h('div', { marginTop: 24, minHeight: QR + QR_CAPTION + 8, alignItems: 'flex-end', flexShrink: 0 }, footerText(b, texts, theme, siteName, siteAddress)),
      qrPlaceholder(qr.x, qr.y, QR, QR_CAPTION, theme),
    );
    return [{ root, width: W, height: H, qr }];
  },
};
