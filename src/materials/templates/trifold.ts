/**
 * Tờ rơi A4 gấp ba (roll fold), two sides. Outside, left to right: inner flap (call to action),
 * back cover (sources, QR), front cover (headline). Inside: the body points over three panels.
 * Panel widths follow TRI_FOLD so the folds fall on the panel edges.
 */
import { TRI_FOLD, foldLinesMm, type PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { PROJECT_NOTE, QR_CAPTION, siteLine } from './parts.ts';
import { FONT_FAMILY } from './h.ts';
import type { MaterialContent, Node, PrintTemplate, RenderedPage, TemplateInput, TextBox, Theme } from './types.ts';

const P = 34;
const QR = 170;
const POINTS_PER_PANEL = 2;
/** The coloured flap stays clear of the sheet edge, so only the page background runs into the bleed. */
const INSET = 14;

const pxPerMm = (format: PrintFormat) => format.layoutWidth / format.widthMm;

function panelWidths(format: PrintFormat, side: 'outside' | 'inside'): number[] {
  const scale = pxPerMm(format);
  return TRI_FOLD[side].map((mm) => mm * scale);
}

function boxes({ texts }: MaterialContent, format: PrintFormat): TextBox[] {
  const [flap, back, front] = panelWidths(format, 'outside').map((w) => Math.floor(w - 2 * P));
  const inside = Math.floor(Math.min(...panelWidths(format, 'inside')) - 2 * P);
  return [
    box('dip', front!, 16, 700, 3, 1.3),
    box('tieuDe', front!, 42, 800, 6, 1.12),
    box('khauHieu', flap! - 2 * INSET, 28, 700, 6, 1.25),
    box('keuGoi', flap! - 2 * INSET, 20, 400, 8, 1.4),
    box('canCu', back!, 14, 700, 5, 1.4),
    ...texts.diemChinh.map((_, i) => box(`diemChinh[${i}]`, inside, 20, 400, 9, 1.4)),
  ];
}

function panel(width: number, style: Record<string, unknown>, ...children: (Node | null)[]): Node {
  return h('div', { width, padding: P, flexDirection: 'column', flexShrink: 0, ...style }, ...children);
}

function pointPanel(width: number, b: TextBox[], points: string[], start: number, theme: Theme): Node {
  return panel(
    width,
    { gap: 28 },
    ...points.map((point, i) =>
      h(
        'div',
        { flexDirection: 'column', gap: 10 },
        h(
          'div',
          {
            width: 46,
            height: 46,
            borderRadius: 23,
            backgroundColor: theme.primary,
            color: theme.onPrimary,
            alignItems: 'center',
            justifyContent: 'center',
            fontFamily: FONT_FAMILY,
            fontWeight: 800,
            fontSize: 22,
          },
          String(start + i + 1),
        ),
        textIn(pick(b, `diemChinh[${start + i}]`), point, { color: theme.text }),
      ),
    ),
  );
}

export const trifold: PrintTemplate = {
  id: 'to-roi-gap-ba',
  label: 'Tờ rơi gấp ba',
  formats: ['to-roi-a4-gap-ba'],
  boxes,
  maxPoints: () => 3 * POINTS_PER_PANEL,
  render({ texts, theme, siteName, siteAddress }: TemplateInput, format: PrintFormat): RenderedPage[] {
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const b = boxes({ texts }, format);
    const scale = pxPerMm(format);
    const [flapW, backW, frontW] = panelWidths(format, 'outside');
    const qr = { x: Math.round(flapW! + (backW! - QR) / 2), y: H - P - QR - 26, size: QR };
    const cite = pick(b, 'canCu');

    const outside = h(
      'div',
      { width: W, minHeight: H, backgroundColor: theme.background, flexDirection: 'row', position: 'relative' },
      panel(
        flapW! - 2 * INSET,
        { backgroundColor: theme.primary, color: theme.onPrimary, gap: 24, justifyContent: 'center', margin: INSET, borderRadius: 14 },
        texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu) : null,
        h('div', { width: 80, height: 8, backgroundColor: theme.accent, flexShrink: 0 }),
        texts.keuGoi ? textIn(pick(b, 'keuGoi'), texts.keuGoi) : null,
      ),
      panel(
        backW!,
        { gap: 10, color: theme.text },
        textIn(cite, texts.canCu),
        textIn({ ...cite, field: 'note', weight: 400 }, PROJECT_NOTE),
        textIn({ ...cite, field: 'site', weight: 700 }, siteLine(siteName, siteAddress), { color: theme.primary }),
      ),
      panel(
        frontW!,
        { gap: 18 },
        textIn(pick(b, 'dip'), texts.dip, { color: theme.primary }),
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary }),
        h('div', { width: 90, height: 9, backgroundColor: theme.accent, flexShrink: 0 }),
        h('div', { flexGrow: 1 }),
        h('div', { fontFamily: FONT_FAMILY, fontWeight: 700, fontSize: 16, color: theme.text, width: frontW! - 2 * P }, siteName),
      ),
      h(
        'div',
        { position: 'absolute', left: qr.x, top: qr.y, width: QR, flexDirection: 'column', alignItems: 'center' },
        h('div', { width: QR, height: QR, backgroundColor: '#ffffff' }),
        h('div', { fontSize: 14, fontFamily: FONT_FAMILY, fontWeight: 700, color: theme.text, marginTop: 6 }, QR_CAPTION),
      ),
    );

    const insideWidths = panelWidths(format, 'inside');
    const inside = h(
      'div',
      { width: W, minHeight: H, backgroundColor: theme.background, flexDirection: 'row' },
      ...insideWidths.map((width, p) =>
        pointPanel(width, b, texts.diemChinh.slice(p * POINTS_PER_PANEL, (p + 1) * POINTS_PER_PANEL), p * POINTS_PER_PANEL, theme),
      ),
    );

    return [
      { root: outside, width: W, height: H, qr, foldGuides: foldLinesMm('outside').map((mm) => mm * scale) },
      { root: inside, width: W, height: H, foldGuides: foldLinesMm('inside').map((mm) => mm * scale) },
    ];
  },
};
