/**
 * Contract between material templates and renderers. Templates are pure functions from data to a
 * Satori element tree: no Node APIs, no file access, so the same code can run in the browser.
 * Fonts, the QR matrix and colours are passed in by the caller; templates draw the QR code in
 * their layout (as vector shapes).
 */
import type { PrintFormat, ScreenFormat } from '../formats.ts';
import type { SceneId } from './pictograms.ts';

/** A Satori element: the shape React.createElement would produce. */
export interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Child | Child[]; [key: string]: unknown };
}
export type Child = Node | string | null | undefined | false;

export type Weight = 400 | 700 | 800;

/** A box one text field is set in. Its limits are what the overflow check enforces. */
export interface TextBox {
  /** Field it holds: a material text ("tieuDe", "diemChinh[2]") or a school field ("truong.ten"). */
  field: string;
  width: number;
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  weight: Weight;
  maxLines: number;
  /** Set in capitals (school names on banners); measured the same way. */
  uppercase?: boolean;
  /** Lines of even length (headlines): same number of lines, no word alone on the last one. */
  balance?: boolean;
  /** A school's name: its proper name stays on one line (bindSchoolName). */
  schoolName?: boolean;
}

export interface MaterialTexts {
  tieuDe: string;
  khauHieu?: string;
  diemChinh: string[];
  keuGoi?: string;
  /** Label of the occasion, printed as a kicker above the headline. */
  dip: string;
  /** "Căn cứ: Điều 6 Luật Bình đẳng giới …", built from the citations. */
  canCu: string;
  /** The hotline's name (TONG_DAI_111.ten) when the material carries Tổng đài 111; templates add number and hours. */
  tongDai?: string;
}

export interface Theme {
  id: string;
  label: string;
  /** Page background; also the colour printed into the bleed. */
  background: string;
  /** Headline and panel colour. */
  primary: string;
  onPrimary: string;
  text: string;
  accent: string;
}

/** QR modules, row-major: size × size booleans (true = dark). */
export interface QrMatrix {
  size: number;
  dark: boolean[];
}

/**
 * A logo the caller has already validated (type, size, sanitised SVG): a data URL and its
 * intrinsic size, so templates can fit it without decoding it.
 */
export interface SchoolLogo {
  dataUrl: string;
  width: number;
  height: number;
}

/**
 * The school a material is made for. Without one, materials are complete as the site's own:
 * templates leave no empty slot for it.
 */
export interface SchoolIdentity {
  /** Tên trường, e.g. "Trường Mầm non Hoa Sen" (set in capitals). Box field "truong.ten". */
  ten: string;
  /** Cơ quan quản lý, a smaller line above the name, e.g. "UBND phường Hoàng Mai". Field "truong.coQuan". */
  coQuan?: string;
  /** One more line: năm học, dịp ("Năm học 2026–2027", "Hưởng ứng Tháng hành động …"). Field "truong.dongPhu". */
  dongPhu?: string;
  logo?: SchoolLogo;
}

/** School field names of text boxes, as the overflow check reports them. */
export const SCHOOL_FIELDS = ['truong.coQuan', 'truong.ten', 'truong.dongPhu'] as const;
export type SchoolField = (typeof SCHOOL_FIELDS)[number];

/** What a material says: its texts and, when personalised, the school. */
export interface MaterialContent {
  texts: MaterialTexts;
  school?: SchoolIdentity;
}

/** Where the material can be read online: printed as a QR code and a short address. */
export interface SiteLink {
  /** Short address, e.g. "truong.edu.vn/binh-dang-gioi". */
  address: string;
  /** QR code of the material's page. */
  qr: QrMatrix;
}

export interface TemplateInput extends MaterialContent {
  theme: Theme;
  /** Illustration of the material's topic (pictograms.ts). */
  illustration: SceneId;
  siteName: string;
  /** Absent when the site's address is unknown (no SITE_URL): no QR code, no address, no empty slot. */
  link?: SiteLink;
}

export interface RenderedPage {
  root: Node;
  width: number;
  height: number;
  /** Dashed guides drawn on the web preview only (fold lines of a leaflet), x in layout px. */
  foldGuides?: number[];
}

export interface PrintTemplate {
  id: string;
  label: string;
  formats: readonly string[];
  /** Every text box with its limits, for the given content (lists expand to one box per item; school boxes only with a school). */
  boxes(content: MaterialContent, format: PrintFormat): TextBox[];
  /** Maximum number of body points the template has room for. */
  maxPoints(format: PrintFormat): number;
  /** Fewest body points the layout is designed for (a leaflet's inside needs some); default 0. */
  minPoints?: number;
  render(input: TemplateInput, format: PrintFormat): RenderedPage[];
}

export interface ShareTemplate {
  boxes(content: MaterialContent, format: ScreenFormat): TextBox[];
  render(input: TemplateInput, format: ScreenFormat): RenderedPage;
}
