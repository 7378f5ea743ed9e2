/**
 * Áp-phích, illustrated: a centred composition around a large illustration (which takes the room
 * the text leaves) — school and occasion on top, the headline, the picture, the slogan, the
 * points on a card, the call to action, the small print.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import {
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
  type SchoolType,
} from './parts.ts';
import { paletteOnLight, sceneSlot } from './pictograms.ts';
import { FOOT, M, POSTER_SCHOOL, inner, posterCitation, posterTemplate } from './poster-common.ts';
import type { MaterialContent, MaterialTexts, TextBox } from './types.ts';

const SCHOOL: SchoolType = { ...POSTER_SCHOOL, logo: 56 };
/** The school block is centred as a group: its lines get this width beside the logo. */
const SCHOOL_WIDTH = 540;
const CARD_PAD = 24;
const POINT_SIZE = [
  [170, 23],
  [250, 21],
] as const;

const pointSize = (texts: MaterialTexts) => fitSize(totalChars(texts.diemChinh), POINT_SIZE, 20);

function boxes({ texts, school }: MaterialContent, format: PrintFormat): TextBox[] {
  const w = inner(format);
  const card = w - 2 * CARD_PAD;
  return [
    ...schoolBoxes(school, SCHOOL_WIDTH, SCHOOL),
    box('dip', w, 18, 700, 2, 1.3),
    { ...box('tieuDe', w, 54, 800, 3, 1.1), balance: true },
    { ...box('khauHieu', w, 28, 700, 3, 1.25), balance: true },
    ...pointBoxes(texts, pointTextWidth(card, pointSize(texts)), pointSize(texts), 3),
    { ...box('keuGoi', w - 2 * CARD_PAD, 22, 700, 3, 1.3), balance: true },
    ...hotlineBoxes(texts, w, 17),
    posterCitation(format),
  ];
}

export const posterIllustrated = posterTemplate('ap-phich-minh-hoa', 'Áp-phích minh hoạ', boxes, ({ input, W, H, w, b }) => {
  const { texts, school, theme, illustration } = input;
  const centred = { textAlign: 'center' };
  const root = h(
    'div',
    {
      width: W,
      minHeight: H,
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: 18,
      backgroundColor: theme.background,
      padding: `${M - 4}px ${M}px ${M - 16}px`,
    },
    h(
      'div',
      { flexDirection: 'column', alignItems: 'center', gap: 12, flexShrink: 0 },
      schoolBlock(b, school, SCHOOL, { name: theme.primary, other: theme.text }),
      school ? h('div', { width: 60, height: 3, backgroundColor: theme.accent, margin: '4px 0' }) : null,
      textIn(pick(b, 'dip'), texts.dip, { color: theme.text, ...centred }),
      textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary, ...centred }),
    ),
    sceneSlot(illustration, paletteOnLight(theme), 90, 420),
    texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text, ...centred }) : null,
    texts.diemChinh.length > 0
      ? h(
          'div',
          { backgroundColor: '#ffffff', borderRadius: 16, padding: `${CARD_PAD - 4}px ${CARD_PAD}px`, width: w, flexShrink: 0 },
          pointList(b, texts.diemChinh, theme, 12),
        )
      : null,
    texts.keuGoi
      ? h(
          'div',
          { backgroundColor: theme.primary, borderRadius: 16, padding: `16px ${CARD_PAD}px`, width: w, flexShrink: 0 },
          textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary, ...centred }),
        )
      : null,
    hotlineCard(b, texts, theme, w),
    footer(pick(b, 'canCu'), input, w, FOOT.qr),
  );
  return root;
});
