/**
 * Tờ rơi A4 gấp ba (roll fold), two sides. Outside, left to right: inner flap (slogan and call
 * to action), back cover (sources, QR code), front cover (school, headline, illustration).
 * Inside: the points over three panels, numbered. Panel widths follow TRI_FOLD so the folds
 * fall on the panel edges.
 */
import { TRI_FOLD, foldLinesMm, type PrintFormat } from '../formats.ts';
import { box, h, pick, plainText, textIn } from './h.ts';
import {
  edgeInset,
  PROJECT_NOTE,
  addressText,
  fitSize,
  hotlineBoxes,
  hotlineCard,
  numberBadge,
  totalChars,
  qrBlock,
  schoolBlock,
  schoolBoxes,
  siteLine,
  type SchoolType,
} from './parts.ts';
import { paletteOnDark, paletteOnLight, sceneSlot, type SceneId } from './pictograms.ts';
import type { MaterialContent, Node, PrintTemplate, RenderedPage, TemplateInput, TextBox, Theme } from './types.ts';

const P = 30;
const QR = 150;
const MIN_POINTS = 3;
const MAX_POINTS = 6;
const SCHOOL: SchoolType = { coQuan: 13, ten: 20, tenLines: 3, dongPhu: 14, logo: 56, layout: 'stack' };
const BADGE = 42;
/** Inside type size by the characters of the fullest panel. */
const INSIDE_SIZE = [
  [170, 28],
  [260, 26],
  [360, 24],
  [440, 23],
] as const;
const INSIDE_TITLE = 'Những điều cần biết';

const pxPerMm = (format: PrintFormat) => format.layoutWidth / format.widthMm;

function panelWidths(format: PrintFormat, side: 'outside' | 'inside'): number[] {
  const scale = pxPerMm(format);
  return TRI_FOLD[side].map((mm) => mm * scale);
}

/** The first inside panel also carries the heading: it counts as this many characters. */
const TITLE_WEIGHT = 60;

/**
 * How many points each inside panel holds, in order: the split whose fullest panel has the
 * fewest characters (so the panels carry about the same amount of text); among splits within
 * 5 % of that, the one with the most even number of points.
 */
export function pointsPerPanel(points: string[]): number[] {
  const n = points.length;
  if (n < 3) return [n, 0, 0];
  const chars = (from: number, to: number) => totalChars(points.slice(from, to));
  const splits: { counts: number[]; load: number }[] = [];
  for (let i = 1; i <= n - 2; i++) {
    for (let j = i + 1; j <= n - 1; j++) {
      splits.push({ counts: [i, j - i, n - j], load: Math.max(TITLE_WEIGHT + chars(0, i), chars(i, j), chars(j, n)) });
    }
  }
  const lightest = Math.min(...splits.map((split) => split.load));
  const spread = (counts: number[]) => Math.max(...counts) - Math.min(...counts);
  return splits.filter((split) => split.load <= lightest * 1.05).sort((a, b) => spread(a.counts) - spread(b.counts))[0]!.counts;
}

function insideSize(points: string[]): number {
  const counts = pointsPerPanel(points);
  const fullest = Math.max(...counts.map((n, p) => totalChars(points.slice(start(counts, p), start(counts, p) + n))));
  return fitSize(fullest, INSIDE_SIZE, 19);
}

const start = (counts: number[], panel: number) => counts.slice(0, panel).reduce((sum, n) => sum + n, 0);

function boxes({ texts, school }: MaterialContent, format: PrintFormat): TextBox[] {
  const [flap, back, front] = panelWidths(format, 'outside').map((w) => Math.floor(w - 2 * P));
  const inside = Math.floor(Math.min(...panelWidths(format, 'inside')) - 2 * P);
  const size = insideSize(texts.diemChinh);
  return [
    ...schoolBoxes(school, front!, SCHOOL),
    box('dip', front!, 16, 700, 3, 1.3),
    { ...box('tieuDe', front!, 36, 800, 5, 1.08), balance: true },
    { ...box('khauHieu', flap! - 2 * edgeInset(format), 26, 700, 6, 1.25), balance: true },
    box('keuGoi', flap! - 2 * edgeInset(format), 19, 400, 8, 1.4),
    box('canCu', back!, 14, 700, 6, 1.4),
    ...hotlineBoxes(texts, back!, 14),
    ...texts.diemChinh.map((_, i) => box(`diemChinh[${i}]`, inside - BADGE - 14, size, 400, 14, 1.4)),
  ];
}

function panel(width: number, style: Record<string, unknown>, ...children: (Node | null)[]): Node {
  return h('div', { width, padding: P, flexDirection: 'column', flexShrink: 0, ...style }, ...children);
}

function pointPanel(width: number, b: TextBox[], points: string[], start: number, theme: Theme, title: boolean, picture?: SceneId): Node {
  return panel(
    width,
    { justifyContent: 'space-evenly', gap: 22 },
    title
      ? h(
          'div',
          { flexDirection: 'column', gap: 10 },
          plainText({ fontSize: 24, fontWeight: 800, color: theme.primary, lineHeight: 1.15 }, INSIDE_TITLE),
          h('div', { width: 70, height: 7, borderRadius: 4, backgroundColor: theme.accent }),
        )
      : null,
    ...points.map((point, i) =>
      h(
        'div',
        { flexDirection: 'row', gap: 14, alignItems: 'flex-start' },
        numberBadge(start + i + 1, BADGE, theme.primary, theme.onPrimary),
        textIn(pick(b, `diemChinh[${start + i}]`), point, { color: theme.text }),
      ),
    ),
    // A panel with less text gets a picture in its free space, across the panel's full width.
    picture ? sceneSlot(picture, paletteOnLight(theme), 110, 300, { margin: `0 -${P}px` }) : null,
  );
}

const INSIDE_PICTURES: SceneId[] = ['tre-em', 'chung-tay'];

/** Panels with much less text than the fullest one get a picture in their free space. */
function insidePictures(points: string[], counts: number[]): (SceneId | undefined)[] {
  const loads = counts.map((n, p) => totalChars(points.slice(start(counts, p), start(counts, p) + n)) + (p === 0 ? TITLE_WEIGHT : 0));
  const fullest = Math.max(...loads);
  let next = 0;
  return loads.map((load) => (load < 0.75 * fullest ? INSIDE_PICTURES[next++] : undefined));
}

export const trifold: PrintTemplate = {
  id: 'to-roi-gap-ba',
  label: 'Tờ rơi gấp ba',
  formats: ['to-roi-a4-gap-ba'],
  boxes,
  minPoints: MIN_POINTS,
  maxPoints: () => MAX_POINTS,
  render(input: TemplateInput, format: PrintFormat): RenderedPage[] {
    const { texts, school, theme, illustration, link, siteName } = input;
    const W = format.layoutWidth;
    const H = format.layoutHeight;
    const b = boxes(input, format);
    const scale = pxPerMm(format);
    const [flapW, backW, frontW] = panelWidths(format, 'outside') as [number, number, number];
    const cite = pick(b, 'canCu');

    const inset = edgeInset(format);
    const flap = panel(
      flapW - 2 * inset,
      { backgroundColor: theme.primary, color: theme.onPrimary, justifyContent: 'space-between', margin: inset, borderRadius: 14, gap: 18 },
      sceneSlot('chung-tay', paletteOnDark(theme), 120, 280),
      texts.khauHieu ? textIn(pick(b, 'khauHieu'), texts.khauHieu) : null,
      h('div', { width: 80, height: 8, borderRadius: 4, backgroundColor: theme.accent, flexShrink: 0 }),
      texts.keuGoi ? textIn(pick(b, 'keuGoi'), texts.keuGoi) : null,
    );
    const back = panel(
      backW,
      { justifyContent: 'space-between', alignItems: 'center', gap: 18, color: theme.text },
      h(
        'div',
        { flexDirection: 'column', gap: 8 },
        plainText({ fontSize: 16, fontWeight: 800, color: theme.primary }, 'Căn cứ pháp luật'),
        textIn(cite, texts.canCu),
        textIn({ ...cite, field: 'note', weight: 400 }, PROJECT_NOTE),
      ),
      hotlineCard(b, texts, theme, backW - 2 * P),
      link
        ? h(
            'div',
            { flexDirection: 'column', alignItems: 'center', gap: 8 },
            qrBlock(link, QR, 14, theme.text),
            plainText({ fontSize: 14, fontWeight: 700, color: theme.primary, textAlign: 'center' }, addressText(link.address)),
          )
        : null,
      sceneSlot('tre-em', paletteOnLight(theme), 100, 260),
      plainText({ fontSize: 15, fontWeight: 700, color: theme.primary, textAlign: 'center' }, siteLine(siteName)),
    );
    const front = panel(
      frontW,
      { justifyContent: 'space-between', gap: 16 },
      school
        ? h(
            'div',
            { flexDirection: 'column', alignItems: 'center', gap: 10, paddingBottom: 12, borderBottom: `2px solid ${theme.primary}` },
            schoolBlock(b, school, SCHOOL, { name: theme.primary, other: theme.text }),
          )
        : null,
      textIn(pick(b, 'dip'), texts.dip, { color: theme.text }),
      sceneSlot(illustration, paletteOnLight(theme), 140, 300),
      h(
        'div',
        { flexDirection: 'column', gap: 14 },
        textIn(pick(b, 'tieuDe'), texts.tieuDe, { color: theme.primary }),
        h('div', { width: 90, height: 9, borderRadius: 4, backgroundColor: theme.accent }),
      ),
    );
    const outside = h('div', { width: W, minHeight: H, backgroundColor: theme.background, flexDirection: 'row' }, flap, back, front);

    const counts = pointsPerPanel(texts.diemChinh);
    const starts = counts.map((_, p) => start(counts, p));
    const pictures = insidePictures(texts.diemChinh, counts);
    const inside = h(
      'div',
      { width: W, minHeight: H, backgroundColor: theme.background, flexDirection: 'row' },
      ...panelWidths(format, 'inside').map((width, p) =>
        pointPanel(width, b, texts.diemChinh.slice(starts[p]!, starts[p]! + counts[p]!), starts[p]!, theme, p === 0, pictures[p]),
      ),
    );

    return [
      { root: outside, width: W, height: H, foldGuides: foldLinesMm('outside').map((mm) => mm * scale) },
      { root: inside, width: W, height: H, foldGuides: foldLinesMm('inside').map((mm) => mm * scale) },
    ];
  },
};
