/**
 * The files a material ships, one table for the build, the page's download list and the
 * browser: kinds, names, physical and pixel sizes. A personalised material offers the same files.
 */
import { BLEED_MM, PRINT_DPI, SHARE_FORMATS, rasterSize, type PrintFormat, type ShareFormatId } from './formats.ts';
import { formatCm } from '../lib/file-size.ts';

export type OutputKind = 'preview' | 'pdf' | 'pdf-bleed' | 'png' | 'share';

export interface PlannedFile {
  kind: OutputKind;
  file: string;
  /** Pixel size of raster files. */
  width?: number;
  height?: number;
  /** Physical size of print files (trim size for PDFs). */
  widthMm?: number;
  heightMm?: number;
  pages?: number;
  /** Which side of a two-sided sheet a PNG shows, and its page index. */
  side?: string;
  page?: number;
  share?: ShareFormatId;
}

export interface OutputFile extends PlannedFile {
  bytes: number;
  /** Milliseconds it took to make (benchmark). */
  ms: number;
}

const SIDES = ['mat-ngoai', 'mat-trong'];
export const PREVIEW_GAP = 24;

/** Width of the full web preview image (wide screens). */
const fullPreviewWidth = (format: PrintFormat) => (format.orientation === 'doc' ? (format.raster ? 900 : 700) : 1400);

/**
 * Smaller previews for phones and galleries (the page offers all through srcset): a portrait
 * poster shown 320 px wide on a phone takes the 360 px file, about 35 KB instead of 125 KB; a
 * phone with two device pixels per CSS pixel takes the 720 px file (about 90 KB).
 */
export const SMALL_PREVIEW_WIDTHS = [360, 600, 720];

/** Size of a web preview image `width` px wide; its height follows the pages. */
export function previewSize(format: PrintFormat, width = fullPreviewWidth(format)): { width: number; height: number } {
  const pageHeight = Math.round((width * format.layoutHeight) / format.layoutWidth);
  return { width, height: pageHeight * format.pages + PREVIEW_GAP * (format.pages - 1) };
}

/** The preview images, smallest first, the full one last under its historical name. */
function previewFiles(name: string, format: PrintFormat): PlannedFile[] {
  const full = fullPreviewWidth(format);
  return [
    ...SMALL_PREVIEW_WIDTHS.filter((width) => width < full).map((width) => ({
      kind: 'preview' as const,
      file: `${name}-xem-truoc-${width}.jpg`,
      ...previewSize(format, width),
    })),
    { kind: 'preview', file: `${name}-xem-truoc.jpg`, ...previewSize(format) },
  ];
}

/** Every file of a material, in the order the page lists them (`name` prefixes every file name). */
export function plannedFiles(name: string, format: PrintFormat): PlannedFile[] {
  const physical = { widthMm: format.widthMm, heightMm: format.heightMm, pages: format.pages };
  const files: PlannedFile[] = [
    ...previewFiles(name, format),
    { kind: 'pdf', file: `${name}-${format.id}.pdf`, ...physical },
    { kind: 'pdf-bleed', file: `${name}-${format.id}-tran-le-dau-cat.pdf`, ...physical },
  ];
  if (format.raster) {
    for (let page = 0; page < format.pages; page++) {
      const side = format.pages > 1 ? SIDES[page] : undefined;
      files.push({
        kind: 'png',
        file: `${name}-${format.id}${side ? `-${side}` : ''}-300dpi.png`,
        ...rasterSize(format),
        widthMm: format.widthMm,
        heightMm: format.heightMm,
        side,
        page,
      });
    }
  }
  for (const id of Object.keys(SHARE_FORMATS) as ShareFormatId[]) {
    const { width, height } = SHARE_FORMATS[id];
    files.push({ kind: 'share', file: `${name}-${width}x${height}.png`, width, height, share: id });
  }
  return files;
}

/** What a file is and how big, as the download list says it ("PDF in, đúng khổ" — "21 × 29,7 cm"). */
export function describeFile(file: PlannedFile): { name: string; size: string } {
  switch (file.kind) {
    case 'pdf':
      return { name: `PDF in, đúng khổ${file.pages! > 1 ? `, ${file.pages} mặt` : ''}`, size: formatCm(file.widthMm!, file.heightMm!) };
    case 'pdf-bleed':
      return {
        name: `PDF cho cửa hàng in: tràn lề ${BLEED_MM} mm, dấu cắt${file.pages! > 1 ? ', dấu gấp' : ''}`,
        size: `${formatCm(file.widthMm!, file.heightMm!)} (khổ thành phẩm)`,
      };
    case 'png':
      return {
        name: `Ảnh PNG ${PRINT_DPI} dpi${file.side ? (file.side === 'mat-ngoai' ? ', mặt ngoài' : ', mặt trong') : ''}`,
        size: `${file.width} × ${file.height} điểm ảnh (${formatCm(file.widthMm!, file.heightMm!)})`,
      };
    case 'share':
      return {
        name: file.width === file.height ? 'Ảnh đăng Zalo, Facebook' : 'Ảnh xem trước khi chia sẻ liên kết',
        size: `${file.width} × ${file.height} điểm ảnh`,
      };
    default:
      return { name: 'Ảnh xem trước', size: '' };
  }
}
