/**
 * Áp-phích, headline-led: a coloured block holding the school, the occasion, a very large
 * headline and the slogan beside the illustration (which takes the room the text leaves);
 * below it the points, the call to action and the small print.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import {
  edgeInset,
  fitSize,
  footer,
  hotlineBoxes,
  hotlineCard,
  pointBoxes,
  pointList,
  pointTextWidth,
  schoolBlock,
  schoolBoxes,
  totalChars,
} from './parts.ts';
import { paletteOnDark, sceneBeside } from './pictograms.ts';
import { FOOT, M, POSTER_SCHOOL, inner, posterCitation, posterTemplate } from './poster-common.ts';
import type { MaterialContent, MaterialTexts, TextBox } from './types.ts';

const SCENE = { width: 290, gap: 24, min: 80, max: 300 };
const CTA_PAD = 20;
const POINT_SIZE = [
  [170, 25],
  [250, 23],
] as const;
/** Short headlines are set larger: this layout is read by its headline. */
const TITLE_SIZE = [
  [26, 76],
  [38, 70],
] as const;

const pointSize = (texts: MaterialTexts) => fitSize(totalChars(texts.diemChinh), POINT_SIZE, 21);

function boxes({ texts, school }: MaterialContent, format: PrintFormat): TextBox[] {
  const w = inner(format);
  return [
    ...schoolBoxes(school, w, POSTER_SCHOOL),
    box('dip', w, 18, 700, 2, 1.3),
    { ...box('tieuDe', w, fitSize(texts.tieuDe.length, TITLE_SIZE, 62), 800, 4, 1.06), balance: true },
    { ...box('khauHieu', w - SCENE.width - SCENE.gap, 27, 700, 5, 1.25), balance: true },
    ...pointBoxes(texts, pointTextWidth(w, pointSize(texts)), pointSize(texts), 3),
    box('keuGoi', w - 2 * CTA_PAD - 10, 25, 700, 3, 1.3),
    ...hotlineBoxes(texts, w, 17),
    posterCitation(format),
  ];
}

export const posterHeadline = posterTemplate('ap-phich-tieu-de', 'Áp-phích tiêu đề lớn', boxes, ({ input, format, W, H, w, b }) => {
  const { texts, school, theme, illustration } = input;
  const inset = edgeInset(format);
  const rule = h('div', { width: 84, height: 8, backgroundColor: theme.accent, borderRadius: 4, flexShrink: 0 });
  const block = h(
    'div',
    {
      flexDirection: 'column',
      justifyContent: 'space-between',
      gap: 14,
      flexGrow: 1,
      backgroundColor: theme.primary,
      margin: `${inset}px ${inset}px 0`,
      borderRadius: 22,
      padding: `${M - 10 - inset}px ${M - inset}px 30px`,
    },
    school
      ? h(
          'div',
          { paddingBottom: 14, borderBottom: `3px solid ${theme.accent}`, flexShrink: 0 },
          schoolBlock(b, school, POSTER_SCHOOL, { name: theme.onPrimary, other: theme.onPrimary }),
        )
      : null,
    h(
      'div',
      { flexDirection: 'column', gap: 12, flexShrink: 0 },
      textIn(pick(b, 'dip'), texts.dip, { color: theme.onPrimary, opacity: 0.9 }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.onPrimary }),
    ),
    h(
      'div',
      { flexDirection: 'row', justifyContent: 'space-between', gap: SCENE.gap, flexGrow: 1, minHeight: SCENE.min, maxHeight: SCENE.max },
      h(
        'div',
        { flexDirection: 'column', justifyContent: 'center', gap: 14 },
        rule,
        texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.onPrimary }) : null,
      ),
      sceneBeside(illustration, paletteOnDark(theme), SCENE.width),
    ),
  );
  const body = h(
    'div',
    { flexDirection: 'column', justifyContent: 'space-between', gap: 12, padding: `20px ${M}px ${M - 18}px`, flexGrow: 1 },
    texts.diemChinh.length > 0 ? pointList(b, texts.diemChinh, theme, 12) : null,
    texts.keuGoi
      ? h(
          'div',
          {
            flexDirection: 'row',
            backgroundColor: '#ffffff',
            borderLeft: `10px solid ${theme.accent}`,
            borderRadius: 10,
            padding: `${CTA_PAD - 6}px ${CTA_PAD}px`,
            flexShrink: 0,
          },
          textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.primary }),
        )
      : null,
    hotlineCard(b, texts, theme, w),
    footer(pick(b, 'canCu'), input, w, FOOT.qr),
  );
  const root = h('div', { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background }, block, body);
  return root;
});
