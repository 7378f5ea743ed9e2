/**
 * The material renderer the build (worker processes) and the browser (personalised materials)
 * share: a job → the checks → Satori SVG pages (QR code and logo drawn as vectors), share images, and the
 * words of each page for the PDF text layer. Portable: no Node APIs; fonts are passed in.
 * Problems come back as ContentProblems, never as a clipped or half-drawn page.
 */
import QRCode from 'qrcode';
import type { ContentProblem } from '../lib/content-error.ts';
import { checkMaterial } from './checks.ts';
import { PRINT_FORMATS, foldLinesMm, type PrintFormat, type PrintFormatId, type ScreenFormat } from './formats.ts';
import type { PdfPage } from './pdf/print-pdf.ts';
import { textRuns } from './pdf/text-layer.ts';
import { renderSvg, type FontInput } from './render/satori-render.ts';
import { TEMPLATES, THEMES, share, type SceneId } from './templates/index.ts';
import type { ThemeId } from './templates/themes.ts';
import type { MaterialTexts, Node, QrMatrix, SchoolIdentity, TemplateInput, Theme } from './templates/types.ts';

export interface MaterialJob {
  /** Where the material comes from: its content file (build) or its page (browser); named in problems. */
  file: string;
  slug: string;
  title: string;
  template: string;
  size: PrintFormatId;
  theme: ThemeId;
  texts: MaterialTexts;
  /** Illustration of the material's topic (templates/pictograms.ts). */
  illustration: SceneId;
  /** The school a personalised material is made for. */
  school?: SchoolIdentity;
  /**
   * Absolute URL of the material's page, encoded in the QR code, and its short form printed
   * beside it. Both absent when the site's address is unknown: no QR code, no address.
   */
  pageUrl?: string;
  siteAddress?: string;
  siteName: string;
}

export interface PrintPage {
  /** Satori SVG, text as outlines, QR code and logo drawn in. */
  svg: string;
  /** The element tree, kept to find the words for the PDF text layer. */
  root: Node;
  width: number;
  height: number;
  /** Dashed fold guides of the web preview, x in layout px. */
  foldGuides?: number[];
}

export type Rendered<T> = { problems: ContentProblem[]; value?: undefined } | { problems: []; value: T };

export function qrMatrix(url: string): QrMatrix {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: Array.from(qr.modules.data, (v) => v === 1) };
}

export const jobFormat = (job: MaterialJob): PrintFormat => PRINT_FORMATS[job.size];
export const jobTheme = (job: MaterialJob): Theme => THEMES[job.theme];

function templateInput(job: MaterialJob): TemplateInput {
  return {
    texts: job.texts,
    school: job.school,
    illustration: job.illustration,
    theme: jobTheme(job),
    siteName: job.siteName,
    link: job.pageUrl && job.siteAddress ? { address: job.siteAddress, qr: qrMatrix(job.pageUrl) } : undefined,
  };
}

/** The print pages of a job, checked: every text fits its box and every character has a glyph. */
export async function renderPrintPages(job: MaterialJob, fonts: FontInput[]): Promise<Rendered<PrintPage[]>> {
  const problems = await checkMaterial(
    { file: job.file, template: job.template, size: job.size, texts: job.texts, school: job.school },
    fonts,
  );
  if (problems.length > 0) return { problems };
  const format = jobFormat(job);
  const pages: PrintPage[] = [];
  for (const page of TEMPLATES[job.template]!.render(templateInput(job), format)) {
    const { svg, height, missing } = await renderSvg(page.root, page.width, fonts);
    if (missing.length > 0) {
      return {
        problems: [{ file: job.file, problem: `Có ký tự phông chữ không vẽ được: ${missing.join(' ')}.`, fix: 'bỏ hoặc thay ký tự đó.' }],
      };
    }
    if (height > page.height + 0.5) {
      return {
        problems: [
          {
            file: job.file,
            problem: `Toàn bộ nội dung dài hơn ${format.name} (thừa ${Math.ceil(height - page.height)} px trên ${page.height} px chiều cao bố cục).`,
            fix: 'rút ngắn các ý chính, khẩu hiệu, lời kêu gọi hoặc các dòng về trường, hoặc bớt một ý.',
          },
        ],
      };
    }
    pages.push({ svg, root: page.root, width: page.width, height: page.height, foldGuides: page.foldGuides });
  }
  return { problems: [], value: pages };
}

/** A share image (1080 × 1080 post or 1200 × 630 link preview) as SVG. */
export async function renderShareSvg(job: MaterialJob, format: ScreenFormat, fonts: FontInput[]): Promise<string> {
  const page = share.render(templateInput(job), format);
  return (await renderSvg(page.root, page.width, fonts, page.height)).svg;
}

/** Pages ready for printPdf: outlines, words of the text layer, fold marks of the leaflet. */
export async function pdfPages(pages: PrintPage[], fonts: FontInput[]): Promise<PdfPage[]> {
  return Promise.all(
    pages.map(async (page, i) => ({
      svg: page.svg,
      layoutWidth: page.width,
      layoutHeight: page.height,
      words: textRuns((await renderSvg(page.root, page.width, fonts, undefined, true)).svg),
      foldsMm: page.foldGuides ? foldLinesMm(i === 0 ? 'outside' : 'inside') : [],
    })),
  );
}

/** Dashed fold guides drawn onto a page SVG (web previews only). */
export function withFoldGuides(page: PrintPage): string {
  if (!page.foldGuides) return page.svg;
  const lines = page.foldGuides
    .map((x) => `<line x1="${x}" y1="0" x2="${x}" y2="${page.height}" stroke="#71717a" stroke-width="1.5" stroke-dasharray="8 6"/>`)
    .join('');
  const end = page.svg.lastIndexOf('</svg>');
  return page.svg.slice(0, end) + lines + page.svg.slice(end);
}
