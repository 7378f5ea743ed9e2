/** Building blocks shared by several templates. */
import { box, FONT_FAMILY, h, pick, textIn } from './h.ts';
import type { MaterialTexts, Node, TextBox, Theme } from './types.ts';

export const PROJECT_NOTE = 'Lời văn do trang biên soạn, dẫn theo văn bản pháp luật.';
export const QR_CAPTION = 'Quét mã để xem nguồn';

/** Boxes of the body points: one per point, same style. */
export function pointBoxes(texts: MaterialTexts, width: number, fontSize: number, maxLines: number): TextBox[] {
  return texts.diemChinh.map((_, i) => box(`diemChinh[${i}]`, width, fontSize, 400, maxLines, 1.35));
}

export function pointList(boxes: TextBox[], points: string[], theme: Theme, gap: number, startIndex = 0): Node {
  return h(
    'div',
    { flexDirection: 'column', gap },
    ...points.map((point, i) => {
      const b = pick(boxes, `diemChinh[${startIndex + i}]`);
      const bullet = Math.round(b.fontSize * 0.6);
      return h(
        'div',
        { flexDirection: 'row', alignItems: 'flex-start', gap: Math.round(b.fontSize * 0.7) },
        h('div', {
          width: bullet,
          height: bullet,
          marginTop: Math.round((b.fontSize * b.lineHeight - bullet) / 2),
          backgroundColor: theme.primary,
          borderRadius: 2,
          flexShrink: 0,
        }),
        textIn(b, point, { color: theme.text }),
      );
    }),
  );
}

/** Width a point's text gets beside its bullet. */
export function pointTextWidth(width: number, fontSize: number): number {
  return width - Math.round(fontSize * 0.6) - Math.round(fontSize * 0.7);
}

/** Small print: citation, project note, site. Leaves room on the right for the QR slot. */
export function footerText(boxes: TextBox[], texts: MaterialTexts, theme: Theme, siteName: string, siteAddress?: string): Node {
  const cite = pick(boxes, 'canCu');
  return h(
    'div',
    { flexDirection: 'column', gap: 4, color: theme.text },
    textIn(cite, texts.canCu, { fontWeight: 700 }),
    textIn({ ...cite, field: 'note', weight: 400 }, PROJECT_NOTE),
    textIn({ ...cite, field: 'site', weight: 700 }, siteLine(siteName, siteAddress), { color: theme.primary }),
  );
}

/** Site name, with the short address when the site's address is known. */
export const siteLine = (siteName: string, siteAddress?: string) => (siteAddress ? `${siteName} · ${siteAddress}` : siteName);

export function qrPlaceholder(x: number, y: number, size: number, captionSize: number, theme: Theme): Node {
  return h(
    'div',
    // The caption may be wider than the code; centre both on the slot.
    { position: 'absolute', left: x - 30, top: y, width: size + 30, flexDirection: 'column', alignItems: 'flex-end' },
    h('div', { width: size, height: size, backgroundColor: '#ffffff' }),
    h(
      'div',
      {
        width: size + 30,
        justifyContent: 'flex-end',
        fontSize: captionSize,
        fontFamily: FONT_FAMILY,
        fontWeight: 700,
        color: theme.text,
        marginTop: 4,
      },
      QR_CAPTION,
    ),
  );
}
