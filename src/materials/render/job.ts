/**
 * Renders one material into every output file (Node side). Runs inside a worker process;
 * everything it needs arrives in the job, so the result depends only on the job and the code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { PRINT_FORMATS, SHARE_FORMATS, rasterSize, foldLinesMm, type PrintFormat, type PrintFormatId } from '../formats.ts';
import { MaterialError, checkTexts } from '../checks.ts';
import { TEMPLATES, THEMES, share, type SceneId } from '../templates/index.ts';
import type { MaterialTexts, QrMatrix, RenderedPage, SchoolIdentity, TemplateInput } from '../templates/types.ts';
import { loadFonts } from './fonts.ts';
import { renderSvg } from './satori-render.ts';
import { PREVIEW_GAP, preview, printPdf, printPng, screenPng, withFoldGuides } from './outputs.ts';

export interface MaterialJob {
  slug: string;
  title: string;
  template: string;
  size: string;
  theme: string;
  texts: MaterialTexts;
  school?: SchoolIdentity;
  illustration: SceneId;
  /** Absolute URL of the material's page, encoded in the QR code. */
  pageUrl: string;
  siteName: string;
  siteAddress: string;
}

export type OutputKind = 'preview' | 'pdf' | 'pdf-bleed' | 'png' | 'share';

export interface OutputFile {
  kind: OutputKind;
  file: string;
  bytes: number;
  /** Pixel size of raster files. */
  width?: number;
  height?: number;
  /** Physical size of print files (trim size for PDFs). */
  widthMm?: number;
  heightMm?: number;
  pages?: number;
  /** Which side of a two-sided sheet a PNG shows. */
  side?: string;
  ms: number;
}

export interface JobResult {
  files: OutputFile[];
}

export function qrMatrix(url: string): QrMatrix {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: Array.from(qr.modules.data, (v) => v === 1) };
}

const SIDES = ['mat-ngoai', 'mat-trong'];

async function pageSvgs(pages: RenderedPage[], format: PrintFormat, fonts: ReturnType<typeof loadFonts>) {
  const out: string[] = [];
  for (const page of pages) {
    const { svg, height, missing } = await renderSvg(page.root, page.width, fonts);
    if (missing.length > 0) throw new MaterialError('texts', `có ký tự phông chữ không vẽ được: ${missing.join(' ')}.`, 'bỏ ký tự đó.');
    if (height > page.height + 0.5) {
      throw new MaterialError(
        'diemChinh',
        `toàn bộ nội dung dài hơn khổ ${format.label} (thừa ${Math.ceil(height - page.height)} px trên ${page.height} px chiều cao bố cục).`,
        'rút ngắn các ý chính, khẩu hiệu hoặc lời kêu gọi, hoặc bớt một ý.',
      );
    }
    out.push(svg);
  }
  return out;
}

export async function renderMaterial(job: MaterialJob, dir: string, root = process.cwd()): Promise<JobResult> {
  const fonts = loadFonts(root);
  await checkTexts({ template: job.template, size: job.size, theme: job.theme, texts: job.texts, school: job.school }, fonts);
  const template = TEMPLATES[job.template]!;
  const format = PRINT_FORMATS[job.size as PrintFormatId];
  const theme = THEMES[job.theme as keyof typeof THEMES];
  const input: TemplateInput = {
    texts: job.texts,
    school: job.school,
    illustration: job.illustration,
    theme,
    siteName: job.siteName,
    link: { address: job.siteAddress, qr: qrMatrix(job.pageUrl) },
  };
  mkdirSync(dir, { recursive: true });
  const files: OutputFile[] = [];
  const emit = async (file: Omit<OutputFile, 'bytes' | 'ms'>, make: () => Promise<Buffer>) => {
    const start = performance.now();
    const data = await make();
    writeFileSync(path.join(dir, file.file), data);
    files.push({ ...file, bytes: data.length, ms: Math.round(performance.now() - start) });
  };

  const rendered = template.render(input, format);
  let svgs: string[] = [];
  const previewSize = { width: 0, height: 0 };
  await emit({ kind: 'preview', file: `${job.slug}-xem-truoc.jpg` }, async () => {
    svgs = await pageSvgs(rendered, format, fonts);
    const width = format.orientation === 'doc' ? (format.raster ? 900 : 700) : 1400;
    previewSize.width = width;
    previewSize.height =
      rendered.reduce((sum, page) => sum + Math.round((width * page.height) / page.width), 0) + PREVIEW_GAP * (rendered.length - 1);
    return preview(
      rendered.map((page, i) => ({
        svg: page.foldGuides ? withFoldGuides(svgs[i]!, page.foldGuides, page.height) : svgs[i]!,
        layoutWidth: page.width,
        layoutHeight: page.height,
      })),
      width,
    );
  });
  Object.assign(files[0]!, previewSize);
  const physical = { widthMm: format.widthMm, heightMm: format.heightMm, pages: rendered.length };
  const pdfPages = svgs.map((svg, i) => ({ svg, foldsMm: rendered[i]!.foldGuides ? foldLinesMm(i === 0 ? 'outside' : 'inside') : [] }));
  await emit({ kind: 'pdf', file: `${job.slug}-${format.id}.pdf`, ...physical }, () =>
    printPdf(pdfPages, format, { bleed: false, background: theme.background, title: job.title }),
  );
  await emit({ kind: 'pdf-bleed', file: `${job.slug}-${format.id}-tran-le-dau-cat.pdf`, ...physical }, () =>
    printPdf(pdfPages, format, { bleed: true, background: theme.background, title: job.title }),
  );
  if (format.raster) {
    const { width, height } = rasterSize(format);
    for (const [i, svg] of svgs.entries()) {
      const side = svgs.length > 1 ? SIDES[i] : undefined;
      await emit(
        {
          kind: 'png',
          file: `${job.slug}-${format.id}${side ? `-${side}` : ''}-300dpi.png`,
          width,
          height,
          widthMm: format.widthMm,
          heightMm: format.heightMm,
          side,
        },
        () => printPng(svg, format, width, height),
      );
    }
  }
  for (const shareFormat of Object.values(SHARE_FORMATS)) {
    await emit(
      {
        kind: 'share',
        file: `${job.slug}-${shareFormat.width}x${shareFormat.height}.png`,
        width: shareFormat.width,
        height: shareFormat.height,
      },
      async () => {
        const page = share.render(input, shareFormat);
        const { svg } = await renderSvg(page.root, page.width, fonts, page.height);
        return screenPng(svg, page.width, page.height);
      },
    );
  }
  return { files };
}
