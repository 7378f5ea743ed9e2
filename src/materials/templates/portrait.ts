/**
 * Portrait layout shared by the áp-phích (A4/A3) and the standee (60 × 160 cm): kicker, headline,
 * slogan, body points, call to action, sources and QR. The two differ only in their spec.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { footerText, pointBoxes, pointList, pointTextWidth, qrPlaceholder } from './parts.ts';
import type { MaterialContent, PrintTemplate, TemplateInput, TextBox } from './types.ts';

const QR_CAPTION = 13;

/** Font size (px) and line limit of a text box. */
type Fit = readonly [size: number, lines: number];

export interface PortraitSpec {
  id: string;
  label: string;
  formats: string[];
  margin: number;
  qrSize: number;
  maxPoints: number;
  dip: Fit;
  tieuDe: Fit;
  point: Fit;
  keuGoi: Fit;
  canCu: Fit;
  /** A coloured band across the top (the standee is read from afar). */
  topBand: boolean;
  /** Vertical rhythm: space around the accent rule and above the points. */
  gap: { title: number; rule: number; ruleWidth: number; points: number; pointGap: number; footer: number };
}

export function portraitTemplate(spec: PortraitSpec): PrintTemplate {
  const M = spec.margin;
  const QR = spec.qrSize;
  function boxes({ texts }: MaterialContent, format: PrintFormat): TextBox[] {
    const inner = format.layoutWidth - 2 * M;
    return [
      box('dip', inner, spec.dip[0], 700, spec.dip[1], 1.3),
      box('tieuDe', inner, spec.tieuDe[0], 800, spec.tieuDe[1], 1.12),
      box('khauHieu', inner, 30, 700, 3, 1.25),
      ...pointBoxes(texts, pointTextWidth(inner, spec.point[0]), spec.point[0], spec.point[1]),
      box('keuGoi', inner - 48, spec.keuGoi[0], 700, spec.keuGoi[1], 1.3),
      box('canCu', inner - QR - 40, spec.canCu[0], 700, spec.canCu[1], 1.35),
    ];
  }
  return {
    id: spec.id,
    label: spec.label,
    formats: spec.formats,
    boxes,
    maxPoints: () => spec.maxPoints,
    render({ texts, theme, siteName, siteAddress }: TemplateInput, format: PrintFormat) {
      const W = format.layoutWidth;
      const H = format.layoutHeight;
      const b = boxes({ texts }, format);
      const qr = { x: W - M - QR, y: H - M - QR - QR_CAPTION - 8, size: QR };
      const { gap } = spec;
      const root = h(
        'div',
        { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background, padding: M, position: 'relative' },
        spec.topBand ? h('div', { height: 12, backgroundColor: theme.accent, marginBottom: 40, flexShrink: 0 }) : null,
        textIn(pick(b, 'dip'), texts.dip, { color: theme.primary }),
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary, marginTop: gap.title }),
        h('div', {
          width: gap.ruleWidth,
          height: 10,
          backgroundColor: theme.accent,
          marginTop: gap.rule,
          marginBottom: gap.rule,
          flexShrink: 0,
        }),
        texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }) : null,
        texts.diemChinh.length > 0
          ? h('div', { marginTop: gap.points, flexShrink: 0 }, pointList(b, texts.diemChinh, theme, gap.pointGap))
          : null,
        h('div', { flexGrow: 1, minHeight: 24 }),
        texts.keuGoi
          ? h(
              'div',
              { backgroundColor: theme.primary, padding: 24, borderRadius: 12, flexShrink: 0 },
              textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary }),
            )
          : null,
        h(
          'div',
          { marginTop: gap.footer, minHeight: QR + QR_CAPTION + 8, alignItems: 'flex-end', flexShrink: 0 },
          footerText(b, texts, theme, siteName, siteAddress),
        ),
        qrPlaceholder(qr.x, qr.y, QR, QR_CAPTION, theme),
      );
      return [{ root, width: W, height: H, qr }];
    },
  };
}
