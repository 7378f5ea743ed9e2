/** Standee 60 × 160 cm: a tall poster read standing, larger type, up to five points. */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { footerText, pointBoxes, pointList, pointTextWidth, qrPlaceholder } from './parts.ts';
import type { MaterialTexts, PrintTemplate, TemplateInput, TextBox } from './types.ts';

const M = 40;
const QR = 150;
const QR_CAPTION = 13;

function boxes(texts: MaterialTexts, format: PrintFormat): TextBox[] {
  const inner = format.layoutWidth - 2 * M;
  return [
    box('dip', inner, 18, 700, 2, 1.3),
    box('tieuDe', inner, 52, 800, 4, 1.12),
    box('khauHieu', inner, 30, 700, 3, 1.25),
    ...pointBoxes(texts, pointTextWidth(inner, 23), 23, 4),
    box('keuGoi', inner - 48, 25, 700, 3, 1.3),
    box('canCu', inner - QR - 40, 13, 700, 4, 1.35),
  ];
}

export const standee: PrintTemplate = {
  id: 'standee',
  label: 'Standee',
  formats: ['standee-60x160'],
  boxes,
  maxPoints: () => 5,
  render({ texts, theme, siteName, siteAddress }: TemplateInput, format: PrintFormat) {
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const b = boxes(texts, format);
    const qr = { x: W - M - QR, y: H - M - QR - QR_CAPTION - 8, size: QR };
    const root = h(
      'div',
      { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background, padding: M, position: 'relative' },
      h('div', { height: 12, backgroundColor: theme.accent, marginBottom: 40, flexShrink: 0 }),
      textIn(pick(b, 'dip'), texts.dip, { color: theme.primary }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary, marginTop: 16 }),
      h('div', { width: 110, height: 10, backgroundColor: theme.accent, marginTop: 28, marginBottom: 28, flexShrink: 0 }),
      texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }) : null,
      texts.diemChinh.length > 0 ? h('div', { marginTop: 40, flexShrink: 0 }, pointList(b, texts.diemChinh, theme, 22)) : null,
      h('div', { flexGrow: 1, minHeight: 24 }),
      texts.keuGoi
        ? h('div', { backgroundColor: theme.primary, padding: 24, borderRadius: 12, flexShrink: 0 }, textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary }))
        : null,
      h('div', { marginTop: 28, minHeight: QR + QR_CAPTION + 8, alignItems: 'flex-end', flexShrink: 0 }, footerText(b, texts, theme, siteName, siteAddress)),
      qrPlaceholder(qr.x, qr.y, QR, QR_CAPTION, theme),
    );
    return [{ root, width: W, height: H, qr }];
  },
};
