/**
 * Contract between material templates and renderers. Templates are pure functions from data to a
 * Satori element tree: no Node APIs, no file access, so the same code can run in the browser.
 * Fonts, the QR matrix and colours are passed in by the caller.
 */
import type { PrintFormat, ScreenFormat } from '../formats.ts';

/** A Satori element: the shape React.createElement would produce. */
export interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Child | Child[]; [key: string]: unknown };
}
export type Child = Node | string | null | undefined | false;

export type Weight = 400 | 700 | 800;

/** A box one text field is set in. Its limits are what the overflow check enforces. */
export interface TextBox {
  /** Field of the material it holds, e.g. "tieuDe" or "diemChinh[2]". */
  field: string;
  width: number;
  fontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  weight: Weight;
  maxLines: number;
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

export interface TemplateInput {
  texts: MaterialTexts;
  theme: Theme;
  /** Printed under the QR code: site name and short address. */
  siteName: string;
  siteAddress: string;
}

/** Where the QR code goes on a page, in layout px. The renderer draws it as vector paths. */
export interface QrSlot {
  x: number;
  y: number;
  size: number;
}

export interface RenderedPage {
  root: Node;
  width: number;
  height: number;
  qr?: QrSlot;
  /** Dashed guides drawn on the web preview only (fold lines of a leaflet), x in layout px. */
  foldGuides?: number[];
}

export interface PrintTemplate {
  id: string;
  label: string;
  formats: readonly string[];
  /** Every text box with its limits, for the given texts (lists expand to one box per item). */
  boxes(texts: MaterialTexts, format: PrintFormat): TextBox[];
  /** Maximum number of body points the template has room for. */
  maxPoints(format: PrintFormat): number;
  render(input: TemplateInput, format: PrintFormat): RenderedPage[];
}

export interface ShareTemplate {
  boxes(texts: MaterialTexts, format: ScreenFormat): TextBox[];
  render(input: TemplateInput, format: ScreenFormat): RenderedPage;
}
