/**
 * The tallest band of a page with nothing on it, measured on a small greyscale raster. A row of
 * a strip is empty when it crosses no content: no sharp colour change at all, or only the edges
 * of a plain panel or card spanning most of the strip. Text, pictures (a drawn shape narrower
 * than the strip), rules and codes all count as content. Stricter than "only the background
 * colour": a large plain colour block is empty too.
 */
import sharp from 'sharp';

/** Sharp change between neighbouring pixels (0–255 grey levels). */
const EDGE = 28;
/** A shape spanning at least this share of a strip's width is a panel or card, not content. */
const PANEL = 0.8;

export interface Strip {
  x0: number;
  x1: number;
}

/** Rows (as a fraction of the height) of the tallest run of empty rows in each strip. */
export function emptyBands(grey: Uint8Array, width: number, height: number, strips: Strip[]): number[] {
  return strips.map(({ x0, x1 }) => {
    let run = 0;
    let tallest = 0;
    for (let y = 0; y < height; y++) {
      const edges: number[] = [];
      for (let x = Math.max(x0, 1); x < x1; x++) {
        if (Math.abs(grey[y * width + x]! - grey[y * width + x - 1]!) > EDGE) edges.push(x);
      }
      const panelEdges = edges.length <= 2 && (edges.length < 2 || edges[1]! - edges[0]! >= PANEL * (x1 - x0));
      run = panelEdges ? run + 1 : 0;
      tallest = Math.max(tallest, run);
    }
    return tallest / height;
  });
}

/** Rasterises an SVG to `width` px wide greyscale and measures each strip (given as fractions of the width). */
export async function measureEmptyBands(svg: string, width: number, strips: [number, number][] = [[0, 1]]): Promise<number[]> {
  const { data, info } = await sharp(Buffer.from(svg)).resize({ width }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return emptyBands(
    new Uint8Array(data.buffer, data.byteOffset, data.length),
    info.width,
    info.height,
    strips.map(([a, b]) => ({ x0: Math.round(a * info.width), x1: Math.round(b * info.width) })),
  );
}
