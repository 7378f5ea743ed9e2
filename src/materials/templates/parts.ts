/** Building blocks shared by the templates: the school's identity, body points, the footer, the QR code. */
import type { PrintFormat } from '../formats.ts';
import { box, FONT_FAMILY, h, pick, plainText, textIn } from './h.ts';
import { WORD_JOINER } from './bind.ts';
import { TONG_DAI_111 } from './hotline.ts';
import { phoneIcon } from './pictograms.ts';
import { qrCode } from './qr.ts';
import type { MaterialTexts, Node, SchoolIdentity, SchoolLogo, SiteLink, TextBox, Theme } from './types.ts';

export const PROJECT_NOTE = 'Lời văn do trang biên soạn, dẫn theo văn bản pháp luật.';
export const QR_CAPTION = 'Quét mã để xem nguồn';

/* ---------- the trim edge ---------- */

/**
 * Only the page background may touch the trim edge: it is what the print-shop PDF extends into
 * the 3 mm bleed. Coloured blocks keep this far from the edge (about 4 mm, at least 8 layout px),
 * so a cut a little off never leaves a sliver of another colour.
 */
export function edgeInset(format: PrintFormat): number {
  return Math.max(8, Math.round((4 * format.layoutWidth) / format.widthMm));
}

/* ---------- the school ---------- */

/** Type sizes of a school block: the managing body above, the name, one more line below. */
export interface SchoolType {
  coQuan: number;
  ten: number;
  tenLines: number;
  dongPhu: number;
  /** Height of the logo; a wide logo is at most twice as wide. */
  logo: number;
  /** Logo beside the lines ('row', text left) or above them ('stack', centred). */
  layout: 'row' | 'stack';
}

const LOGO_GAP = (t: SchoolType) => Math.round(t.logo * 0.3);

/** The logo scaled to the block's logo height, no wider than twice that. */
export function logoSize(logo: SchoolLogo, height: number): { width: number; height: number } {
  const scale = Math.min(height / logo.height, (2 * height) / logo.width);
  return { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) };
}

/** Boxes of the school lines within `width` (none without a school; a row logo takes its share). */
export function schoolBoxes(school: SchoolIdentity | undefined, width: number, t: SchoolType): TextBox[] {
  if (!school) return [];
  const text = school.logo && t.layout === 'row' ? width - logoSize(school.logo, t.logo).width - LOGO_GAP(t) : width;
  const boxes: TextBox[] = [{ ...box('truong.ten', text, t.ten, 800, t.tenLines, 1.15), uppercase: true, balance: true, schoolName: true }];
  if (school.coQuan) boxes.unshift({ ...box('truong.coQuan', text, t.coQuan, 700, 1, 1.25), uppercase: true });
  if (school.dongPhu) boxes.push(box('truong.dongPhu', text, t.dongPhu, 700, 1, 1.25));
  return boxes;
}

/** Largest height the school block can take (every line used), so a layout can make room for it. */
export function schoolHeight(school: SchoolIdentity | undefined, t: SchoolType): number {
  if (!school) return 0;
  const lines = t.ten * 1.15 * t.tenLines + (school.coQuan ? t.coQuan * 1.25 + 4 : 0) + (school.dongPhu ? t.dongPhu * 1.25 + 4 : 0);
  const logo = school.logo ? (t.layout === 'stack' ? t.logo + LOGO_GAP(t) : t.logo) : 0;
  return Math.ceil(t.layout === 'stack' ? lines + logo : Math.max(lines, logo));
}

export function logoImage(logo: SchoolLogo, height: number): Node {
  const size = logoSize(logo, height);
  return { type: 'img', props: { src: logo.dataUrl, width: size.width, height: size.height, style: { flexShrink: 0 } } };
}

/** The school's lines (and logo) as declared by schoolBoxes; null without a school. */
export function schoolBlock(
  boxes: TextBox[],
  school: SchoolIdentity | undefined,
  t: SchoolType,
  colors: { name: string; other: string },
): Node | null {
  if (!school) return null;
  const center = t.layout === 'stack' ? { textAlign: 'center' } : {};
  const lines = h(
    'div',
    { flexDirection: 'column', gap: 4, alignItems: t.layout === 'stack' ? 'center' : 'flex-start' },
    school.coQuan ? textIn(pick(boxes, 'truong.coQuan'), school.coQuan, { color: colors.other, ...center }) : null,
    textIn(pick(boxes, 'truong.ten'), school.ten, { color: colors.name, ...center }),
    school.dongPhu ? textIn(pick(boxes, 'truong.dongPhu'), school.dongPhu, { color: colors.other, ...center }) : null,
  );
  return h(
    'div',
    {
      flexDirection: t.layout === 'stack' ? 'column' : 'row',
      alignItems: 'center',
      gap: LOGO_GAP(t),
      flexShrink: 0,
    },
    school.logo ? logoImage(school.logo, t.logo) : null,
    lines,
  );
}

/* ---------- body points ---------- */

/** Boxes of the body points: one per point, same style. */
export function pointBoxes(texts: MaterialTexts, width: number, fontSize: number, maxLines: number): TextBox[] {
  return texts.diemChinh.map((_, i) => box(`diemChinh[${i}]`, width, fontSize, 400, maxLines, 1.35));
}

/**
 * Copyfitting: the type size for a text of `chars` characters, the largest step whose character
 * budget it stays within. Short copy is set larger instead of leaving the page empty; the
 * overflow check still measures whatever size is chosen.
 */
export function fitSize(chars: number, steps: readonly (readonly [maxChars: number, size: number])[], smallest: number): number {
  return steps.find(([max]) => chars <= max)?.[1] ?? smallest;
}

export const totalChars = (texts: string[]) => texts.reduce((sum, t) => sum + t.length, 0);

/** Width a point's text gets beside its bullet. */
export function pointTextWidth(width: number, fontSize: number): number {
  return width - Math.round(fontSize * 0.6) - Math.round(fontSize * 0.7);
}

export function pointList(boxes: TextBox[], points: string[], theme: Theme, gap: number, startIndex = 0): Node {
  return h(
    'div',
    { flexDirection: 'column', gap, flexShrink: 0 },
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
          borderRadius: bullet / 2,
          flexShrink: 0,
        }),
        textIn(b, point, { color: theme.text }),
      );
    }),
  );
}

/** A number in a disc, for numbered points. */
export function numberBadge(n: number, size: number, background: string, color: string): Node {
  return h(
    'div',
    {
      width: size,
      height: size,
      borderRadius: size / 2,
      backgroundColor: background,
      color,
      alignItems: 'center',
      justifyContent: 'center',
      fontFamily: FONT_FAMILY,
      fontWeight: 800,
      fontSize: Math.round(size * 0.5),
      flexShrink: 0,
    },
    String(n),
  );
}

/* ---------- Tổng đài 111 ---------- */

/** What the card's padding, icon and number take beside the name, in multiples of its type size. */
const HOTLINE_BESIDE = 9.8;

/** Box of the hotline's name beside its number (none when the material does not carry it). */
export function hotlineBoxes(texts: MaterialTexts, width: number, fontSize: number): TextBox[] {
  return texts.tongDai ? [box('tongDai', width - Math.round(fontSize * HOTLINE_BESIDE), fontSize, 700, 2, 1.25)] : [];
}

/** A card: phone icon, the number large, the name and the hours (hotline.ts); null without it. */
export function hotlineCard(boxes: TextBox[], texts: MaterialTexts, theme: Theme, width: number): Node | null {
  if (!texts.tongDai) return null;
  const name = pick(boxes, 'tongDai');
  const size = name.fontSize;
  return h(
    'div',
    {
      flexDirection: 'row',
      alignItems: 'center',
      gap: Math.round(size * 0.6),
      width,
      padding: `${Math.round(size * 0.55)}px ${Math.round(size * 0.8)}px`,
      backgroundColor: '#ffffff',
      border: `${Math.max(2, Math.round(size * 0.15))}px solid ${theme.primary}`,
      borderRadius: Math.round(size * 0.8),
      flexShrink: 0,
    },
    h('div', { flexShrink: 0 }, phoneIcon(Math.round(size * 2.4), '#ffffff', theme.primary)),
    plainText(
      { fontSize: Math.round(size * 2.6), fontWeight: 800, lineHeight: 1, color: theme.primary, flexShrink: 0, whiteSpace: 'nowrap' },
      TONG_DAI_111.so,
    ),
    h(
      'div',
      { flexDirection: 'column', gap: 2 },
      textIn(name, texts.tongDai, { color: theme.text }),
      plainText({ fontSize: Math.round(size * 0.9), lineHeight: 1.25, color: theme.text }, TONG_DAI_111.gio),
    ),
  );
}

/* ---------- citation, note, site, QR ---------- */

/** An address breaks only after a slash ("truong.edu.vn/ binh-dang-gioi"), never inside a name. */
export const addressText = (address: string) => address.replace(/([-.])(?=[\p{L}\p{N}])/gu, `$1${WORD_JOINER}`);

/** Site name, with the short address when the site's address is known. */
export const siteLine = (siteName: string, link?: SiteLink) => (link ? `${siteName} · ${addressText(link.address)}` : siteName);

/**
 * Box of the citation line. Measured at the width left beside a QR code; printed without a QR
 * code (no site address) it gets the whole width, so it can only take fewer lines.
 */
export function citationBox(width: number, qrColumn: number, fontSize: number, maxLines: number): TextBox {
  return box('canCu', width - qrColumn, fontSize, 700, maxLines, 1.35);
}

/** The small print: citation (bold), the project's note, the site line. */
export function smallPrint(
  cite: TextBox,
  texts: MaterialTexts,
  siteName: string,
  link: SiteLink | undefined,
  theme: Theme,
  width: number,
): Node {
  const line = { ...cite, width };
  return h(
    'div',
    { flexDirection: 'column', gap: Math.round(cite.fontSize * 0.3), color: theme.text, flexShrink: 0 },
    textIn(line, texts.canCu),
    textIn({ ...line, field: 'note', weight: 400 }, PROJECT_NOTE),
    // The address is not glued: a long domain may wrap anywhere.
    plainText(
      { width, fontSize: cite.fontSize, lineHeight: cite.lineHeight, fontWeight: 700, color: theme.primary },
      siteLine(siteName, link),
    ),
  );
}

/** Width of the QR column: the code, or its one-line caption when that is wider. */
export const qrColumnWidth = (size: number, captionSize: number) => Math.max(size, Math.ceil(captionSize * 11.5));

/** The QR code with its caption under it; null without a site link. */
export function qrBlock(link: SiteLink | undefined, size: number, captionSize: number, color: string): Node | null {
  if (!link) return null;
  return h(
    'div',
    {
      flexDirection: 'column',
      alignItems: 'center',
      gap: Math.round(captionSize * 0.4),
      flexShrink: 0,
      width: qrColumnWidth(size, captionSize),
    },
    qrCode(link.qr, size),
    plainText({ fontWeight: 700, fontSize: captionSize, color, lineHeight: 1.2 }, QR_CAPTION),
  );
}

/** Footer of a page: small print on the left, the QR code on the right when there is one. */
export function footer(
  cite: TextBox,
  input: { texts: MaterialTexts; siteName: string; link?: SiteLink; theme: Theme },
  width: number,
  qr: { size: number; caption: number; gap: number },
): Node {
  const { texts, siteName, link, theme } = input;
  const textWidth = link ? width - qrColumnWidth(qr.size, qr.caption) - qr.gap : width;
  return h(
    'div',
    { flexDirection: 'row', alignItems: 'flex-end', justifyContent: 'space-between', gap: qr.gap, width, flexShrink: 0 },
    smallPrint(cite, texts, siteName, link, theme, textWidth),
    qrBlock(link, qr.size, qr.caption, theme.text),
  );
}
