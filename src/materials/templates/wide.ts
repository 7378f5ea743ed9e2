/**
 * Pa-nô 300 × 100 cm and băng rôn 500 × 80 cm, read from 5 to 20 metres: a band across the top
 * says who speaks and why ("TRƯỜNG MẦM NON … · Tháng hành động …"), then the illustration, the
 * headline and the slogan in very large type, the QR code at the right, one line of sources.
 */
import type { PrintFormat } from '../formats.ts';
import { box, h, pick, plainText, textIn } from './h.ts';
import { edgeInset, PROJECT_NOTE, qrBlock, qrColumnWidth, schoolBlock, schoolBoxes, type SchoolType } from './parts.ts';
import { paletteOnLight, sceneBeside } from './pictograms.ts';
import type { MaterialContent, PrintTemplate, TemplateInput, TextBox } from './types.ts';

interface WideMetrics {
  M: number;
  bandPad: number;
  school: SchoolType;
  /** Occasion (and the school's extra line) at the right of the band. */
  side: { size: number; width: number };
  /** Occasion alone in the band, without a school. */
  dip: number;
  /** Width of the illustration; it is as tall as the space under the band allows. */
  scene: number;
  title: { size: number; lines: number };
  slogan: { size: number; lines: number };
  qr: { size: number; caption: number };
  cite: { size: number; lines: number };
}

function metrics(format: PrintFormat): WideMetrics {
  const banner = format.layoutHeight / format.layoutWidth < 0.25;
  return banner
    ? {
        M: 40,
        bandPad: 14,
        school: { coQuan: 22, ten: 46, tenLines: 1, dongPhu: 24, logo: 70, layout: 'row' },
        side: { size: 25, width: 760 },
        dip: 40,
        scene: 380,
        title: { size: 96, lines: 1 },
        slogan: { size: 52, lines: 1 },
        qr: { size: 196, caption: 18 },
        cite: { size: 17, lines: 1 },
      }
    : {
        M: 48,
        bandPad: 16,
        school: { coQuan: 22, ten: 42, tenLines: 2, dongPhu: 24, logo: 76, layout: 'row' },
        side: { size: 24, width: 600 },
        dip: 34,
        scene: 340,
        title: { size: 96, lines: 2 },
        slogan: { size: 42, lines: 2 },
        qr: { size: 220, caption: 20 },
        cite: { size: 18, lines: 2 },
      };
}

function layout(format: PrintFormat, m: WideMetrics) {
  const band = format.layoutWidth - 2 * m.M;
  const sceneWidth = m.scene;
  const qrColumn = qrColumnWidth(m.qr.size, m.qr.caption) + 48;
  return { band, sceneWidth, column: band - sceneWidth - 40 - qrColumn, schoolWidth: band - m.side.width - 48 };
}

/** The project's note follows the citation on its line, right-aligned. */
const noteWidth = (m: WideMetrics) => Math.ceil(PROJECT_NOTE.length * m.cite.size * 0.52);

function boxes({ school }: MaterialContent, format: PrintFormat): TextBox[] {
  const m = metrics(format);
  const l = layout(format, m);
  return [
    // The school's extra line moves to the right of the band, beside the occasion.
    ...schoolBoxes(school && { ...school, dongPhu: undefined }, l.schoolWidth, m.school),
    ...(school?.dongPhu ? [box('truong.dongPhu', m.side.width, m.side.size, 700, 1, 1.25)] : []),
    school ? box('dip', m.side.width, m.side.size, 700, 2, 1.25) : box('dip', l.band, m.dip, 700, 1, 1.2),
    { ...box('tieuDe', l.column, m.title.size, 800, m.title.lines, 1.06), balance: true },
    { ...box('khauHieu', l.column, m.slogan.size, 700, m.slogan.lines, 1.18), balance: true },
    box('canCu', l.column - noteWidth(m) - 24, m.cite.size, 700, m.cite.lines, 1.3),
  ];
}

export const wide: PrintTemplate = {
  id: 'bang-ngang',
  label: 'Pa-nô, băng rôn',
  formats: ['pa-no-300x100', 'bang-ron-500x80'],
  boxes,
  maxPoints: () => 0,
  render(input: TemplateInput, format: PrintFormat) {
    const { texts, school, theme, illustration, link } = input;
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const m = metrics(format);
    const l = layout(format, m);
    const b = boxes(input, format);
    const right = { color: theme.onPrimary, textAlign: 'right' };
    const band = h(
      'div',
      {
        flexDirection: 'row',
        alignItems: 'center',
        justifyContent: 'space-between',
        backgroundColor: theme.primary,
        margin: `${edgeInset(format)}px ${edgeInset(format)}px 0`,
        borderRadius: 2 * edgeInset(format),
        padding: `${m.bandPad}px ${m.M - edgeInset(format)}px`,
        borderBottom: `${Math.round(m.bandPad / 2)}px solid ${theme.accent}`,
        flexShrink: 0,
      },
      school
        ? schoolBlock(b, { ...school, dongPhu: undefined }, m.school, { name: theme.onPrimary, other: theme.onPrimary })
        : textIn(pick(b, 'dip'), texts.dip, { color: theme.onPrimary }),
      school
        ? h(
            'div',
            { flexDirection: 'column', gap: 4, alignItems: 'flex-end' },
            textIn(pick(b, 'dip'), texts.dip, right),
            school.dongPhu ? textIn(pick(b, 'truong.dongPhu'), school.dongPhu, right) : null,
          )
        : null,
    );
    const words = h(
      'div',
      { flexDirection: 'column', justifyContent: 'space-evenly', gap: Math.round(m.title.size * 0.12), flexGrow: 1, alignSelf: 'stretch' },
      textIn(pick(b, 'tieuDe'), texts.tieuDe, {
        color: theme.primary,
        width: link ? l.column : l.column + qrColumnWidth(m.qr.size, m.qr.caption),
      }),
      texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu, { color: theme.text }) : null,
      h(
        'div',
        { flexDirection: 'row', justifyContent: 'space-between', marginTop: Math.round(m.title.size * 0.12), color: theme.text },
        textIn(pick(b, 'canCu'), texts.canCu),
        plainText({ fontSize: m.cite.size, lineHeight: 1.3, width: noteWidth(m), justifyContent: 'flex-end' }, PROJECT_NOTE),
      ),
    );
    const main = h(
      'div',
      {
        flexDirection: 'row',
        alignItems: 'center',
        gap: 40,
        flexGrow: 1,
        padding: `${Math.round(m.M * 0.2)}px ${m.M}px ${Math.round(m.M * 0.5)}px`,
      },
      sceneBeside(illustration, paletteOnLight(theme), l.sceneWidth),
      words,
      qrBlock(link, m.qr.size, m.qr.caption, theme.text),
    );
    const root = h('div', { width: W, minHeight: H, flexDirection: 'column', backgroundColor: theme.background }, band, main);
    return [{ root, width: W, height: H }];
  },
};
