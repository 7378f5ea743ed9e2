/**
 * Áp-phích, list: the headline beside the illustration, the slogan, then the points as numbered
 * cards that share the height of the page, and the call to action on a full-width band.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, textIn } from './h.ts';
import { edgeInset, fitSize, footer, hotlineBoxes, hotlineCard, numberBadge, schoolBlock, schoolBoxes, totalChars } from './parts.ts';
import { paletteOnLight, sceneBeside } from './pictograms.ts';
import { FOOT, M, POSTER_SCHOOL, inner, posterCitation, posterTemplate } from './poster-common.ts';
import type { MaterialContent, TextBox } from './types.ts';

const SCENE = { width: 230, gap: 24 };
const BADGE = 46;
const CARD = { padX: 22, padY: 14, gap: 18 };
const POINT_SIZE = [
  [170, 24],
  [250, 22],
] as const;

function boxes({ texts, school }: MaterialContent, format: PrintFormat): TextBox[] {
  const w = inner(format);
  const beside = w - SCENE.width - SCENE.gap;
  const pointWidth = w - 2 * CARD.padX - BADGE - CARD.gap;
  return [
    ...schoolBoxes(school, w, POSTER_SCHOOL),
    box('dip', beside, 18, 700, 2, 1.3),
    { ...box('tieuDe', beside, 48, 800, 4, 1.1), balance: true },
    { ...box('khauHieu', w - 18, 26, 700, 3, 1.25), balance: true },
    ...texts.diemChinh.map((_, i) =>
      box(`diemChinh[${i}]`, pointWidth, fitSize(totalChars(texts.diemChinh), POINT_SIZE, 21), 400, 4, 1.35),
    ),
    { ...box('keuGoi', w, 22, 700, 3, 1.3), balance: true },
    ...hotlineBoxes(texts, w, 17),
    posterCitation(format),
  ];
}

export const posterList = posterTemplate('ap-phich-danh-sach', 'Áp-phích danh sách', boxes, ({ input, format, W, H, w, b }) => {
  const { texts, school, theme, illustration } = input;
  const head = h(
    'div',
    { flexDirection: 'column', gap: 16, flexShrink: 0 },
    school
      ? h(
          'div',
          { paddingBottom: 14, borderBottom: `2px solid ${theme.primary}` },
          schoolBlock(b, school, POSTER_SCHOOL, { name: theme.primary, other: theme.text }),
        )
      : null,
    h(
      'div',
      { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'center', gap: SCENE.gap, minHeight: 190 },
      h(
        'div',
        { flexDirection: 'column', gap: 12 },
        textIn(pick(b, 'dip'), texts.dip, { color: theme.text }),
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary }),
      ),
      sceneBeside(illustration, paletteOnLight(theme), SCENE.width),
    ),
    texts.khauHieu
      ? h(
          'div',
          { borderLeft: `8px solid ${theme.accent}`, paddingLeft: 10 },
          textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }),
        )
      : null,
  );
  const cards = h(
    'div',
    { flexDirection: 'column', gap: 12, flexGrow: 1, justifyContent: 'center', margin: '20px 0' },
    ...texts.diemChinh.map((point, i) =>
      h(
        'div',
        {
          flexDirection: 'row',
          alignItems: 'center',
          gap: CARD.gap,
          backgroundColor: '#ffffff',
          borderRadius: 14,
          padding: `${CARD.padY}px ${CARD.padX}px`,
          flexGrow: 1,
          maxHeight: 170,
        },
        numberBadge(i + 1, BADGE, theme.primary, theme.onPrimary),
        textIn(pick(b, `diemChinh[${i}]`), point, { color: theme.text }),
      ),
    ),
  );
  const band = texts.keuGoi
    ? h(
        'div',
        {
          backgroundColor: theme.primary,
          margin: `0 ${edgeInset(format)}px`,
          borderRadius: 18,
          padding: `18px ${M - edgeInset(format)}px`,
          flexShrink: 0,
        },
        textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary }),
      )
    : null;
  const root = h(
    'div',
    { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background },
    h(
      'div',
      { flexDirection: 'column', flexGrow: 1, padding: `${M - 8}px ${M}px 0` },
      head,
      cards,
      texts.tongDai ? h('div', { marginBottom: 20 }, hotlineCard(b, texts, theme, w)) : null,
    ),
    band,
    h('div', { padding: `18px ${M}px ${M - 18}px`, flexShrink: 0 }, footer(pick(b, 'canCu'), input, w, FOOT.qr)),
  );
  return root;
});
