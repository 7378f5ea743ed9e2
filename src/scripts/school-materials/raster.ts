/** SVG → PNG in the browser: the browser draws the vector SVG straight at the target size. */
import { withDensity } from '../../materials/png-density';

export const svgBlob = (svg: string) => new Blob([svg], { type: 'image/svg+xml' });

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PNG of exactly width × height pixels; with `dpi`, the print resolution is written into it. */
export async function svgToPng(svg: string, width: number, height: number, dpi?: number): Promise<Blob> {
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
  const png = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas'))), 'image/png'),
  );
  if (!dpi) return png;
  return new Blob([withDensity(new Uint8Array(await png.arrayBuffer()), dpi) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
