/**
 * Standee 60 × 160 cm, read standing at one to three metres. The QR code and the address sit
 * beside the illustration at eye height (upper two thirds); the bottom band stays clear of
 * the stand's base.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, plainText, textIn } from './h.ts';
import {
  edgeInset,
  PROJECT_NOTE,
  addressText,
  fitSize,
  hotlineBoxes,
  hotlineCard,
  totalChars,
  pointBoxes,
  pointList,
  pointTextWidth,
  qrBlock,
  schoolBlock,
  schoolBoxes,
  siteLine,
  type SchoolType,
} from './parts.ts';
import { paletteOnLight, sceneBeside } from './pictograms.ts';
import type { MaterialContent, MaterialTexts, PrintTemplate, TemplateInput, TextBox } from './types.ts';

const M = 40;
const SCHOOL: SchoolType = { coQuan: 15, ten: 24, tenLines: 2, dongPhu: 16, logo: 60, layout: 'row' };
const QR = { size: 130, caption: 12 };
/** Bottom band: the base of a roll-up stand covers about 5–8 cm. */
const BASE = 80;

/** Read from a few metres: short headlines larger. */
const TITLE_SIZE = [
  [30, 66],
  [50, 60],
] as const;
const POINT_SIZE = [
  [200, 25],
  [330, 23],
] as const;
const pointSize = (texts: MaterialTexts) => fitSize(totalChars(texts.diemChinh), POINT_SIZE, 21);

function boxes({ texts, school }: MaterialContent, format: PrintFormat): TextBox[] {
  const w = format.layoutWidth - 2 * M;
  return [
    ...schoolBoxes(school, w, SCHOOL),
    box('dip', w, 18, 700, 2, 1.3),
    { ...box('tieuDe', w, fitSize(texts.tieuDe.length, TITLE_SIZE, 54), 800, 4, 1.06), balance: true },
    { ...box('khauHieu', w, 28, 700, 3, 1.25), balance: true },
    ...pointBoxes(texts, pointTextWidth(w, pointSize(texts)), pointSize(texts), 4),
    { ...box('keuGoi', w - 48, 23, 700, 3, 1.3), balance: true },
    ...hotlineBoxes(texts, w, 17),
    box('canCu', w, 13, 700, 4, 1.35),
  ];
}

export const standee: PrintTemplate = {
  id: 'standee',
  label: 'Standee',
  formats: ['standee-60x160'],
  boxes,
  maxPoints: () => 5,
  render(input: TemplateInput, format: PrintFormat) {
    const { texts, school, theme, illustration, link, siteName } = input;
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const b = boxes(input, format);
    const cite = pick(b, 'canCu');
    const inset = edgeInset(format);
    // The illustration takes the room the text leaves, within bounds; the QR code stays beside it.
    const eyeLevel = h(
      'div',
      { flexDirection: 'row', alignItems: 'center', gap: 16, flexGrow: 1, flexBasis: 190, minHeight: 190, maxHeight: 360 },
      sceneBeside(illustration, paletteOnLight(theme)),
      link
        ? h(
            'div',
            { flexDirection: 'column', alignItems: 'center', gap: 8, width: 190 },
            qrBlock(link, QR.size, QR.caption, theme.text),
            plainText(
              {
                fontSize: 13,
                fontWeight: 700,
                lineHeight: 1.3,
                color: theme.primary,
                textAlign: 'center',
                width: 190,
                justifyContent: 'center',
              },
              addressText(link.address),
            ),
          )
        : null,
    );
    const root = h(
      'div',
      { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background },
      h(
        'div',
        {
          flexDirection: 'column',
          gap: 14,
          backgroundColor: theme.primary,
          margin: `${inset}px ${inset}px 0`,
          borderRadius: 16,
          padding: `${M - inset}px ${M - inset}px 28px`,
          flexShrink: 0,
        },
        schoolBlock(b, school, SCHOOL, { name: theme.onPrimary, other: theme.onPrimary }),
        school ? h('div', { height: 3, backgroundColor: theme.accent }) : null,
        textIn(pick(b, 'dip'), texts.dip, { color: theme.onPrimary }),
      ),
      h(
        'div',
        { flexDirection: 'column', flexGrow: 1, justifyContent: 'space-between', gap: 16, padding: `24px ${M}px 22px` },
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary }),
        eyeLevel,
        texts.khauHieu
          ? h(
              'div',
              { flexDirection: 'column', gap: 14 },
              h('div', { width: 90, height: 9, borderRadius: 4, backgroundColor: theme.accent }),
              textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }),
            )
          : null,
        texts.diemChinh.length > 0 ? pointList(b, texts.diemChinh, theme, 16) : null,
        texts.keuGoi
          ? h(
              'div',
              { backgroundColor: theme.primary, borderRadius: 12, padding: '20px 24px', flexShrink: 0 },
              textIn(pick(b, 'keuGoi'), texts.keuGoi, { color: theme.onPrimary }),
            )
          : null,
        hotlineCard(b, texts, theme, W - 2 * M),
        h(
          'div',
          { flexDirection: 'column', gap: 4, color: theme.text, flexShrink: 0 },
          textIn(cite, texts.canCu),
          textIn({ ...cite, field: 'note', weight: 400 }, PROJECT_NOTE),
          textIn({ ...cite, field: 'site' }, siteLine(siteName), { color: theme.primary }),
        ),
      ),
      h('div', {
        height: BASE - inset,
        margin: `0 ${inset}px ${inset}px`,
        borderRadius: 12,
        backgroundColor: theme.primary,
        borderTop: `10px solid ${theme.accent}`,
        flexShrink: 0,
      }),
    );
    return [{ root, width: W, height: H }];
  },
};
