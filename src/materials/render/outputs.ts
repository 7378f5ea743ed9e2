/** SVG → raster files with sharp (Node only): print PNGs at 300 dpi, share images, the web preview. */
import sharp from 'sharp';
import { PRINT_DPI, type PrintFormat } from '../formats.ts';
import { PREVIEW_GAP } from '../output-files.ts';

/** Rasterises an SVG of layout size `layoutWidth` to exactly width × height pixels. */
export function rasterise(svg: string, layoutWidth: number, width: number, height: number) {
  // librsvg renders SVG px at 72 dpi: scale the density so the output is at least the target size.
  const density = Math.min(72 * (width / layoutWidth) * 1.0001, 100_000);
  return sharp(Buffer.from(svg), { density, limitInputPixels: false }).resize(width, height, { fit: 'fill' });
}

export async function printPng(svg: string, format: PrintFormat, width: number, height: number): Promise<Buffer> {
  return rasterise(svg, format.layoutWidth, width, height)
    .withMetadata({ density: PRINT_DPI })
    .png({ compressionLevel: 9, palette: true, quality: 95 })
    .toBuffer();
}

export async function screenPng(svg: string, width: number, height: number): Promise<Buffer> {
  return rasterise(svg, width, width, height).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
}

/** Web preview: JPEG, pages stacked with a gap, fold guides dashed. */
export async function preview(pages: { svg: string; layoutWidth: number; layoutHeight: number }[], width: number): Promise<Buffer> {
  const gap = PREVIEW_GAP;
  const images = await Promise.all(
    pages.map(async (page) => {
      const height = Math.round((width * page.layoutHeight) / page.layoutWidth);
      return { input: await rasterise(page.svg, page.layoutWidth, width, height).png().toBuffer(), height };
    }),
  );
  const total = images.reduce((sum, image) => sum + image.height, 0) + gap * (images.length - 1);
  let top = 0;
  const composite = images.map((image) => {
    const layer = { input: image.input, top, left: 0 };
    top += image.height + gap;
    return layer;
  });
  return sharp({ create: { width, height: total, channels: 3, background: '#d4d4d8' } })
    .composite(composite)
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
