/** Draws a QR matrix as one SVG path in a slot (pure string work, browser-safe). */
import type { QrMatrix, QrSlot } from './types.ts';

/** Quiet zone in modules, as the QR specification asks for. */
export const QR_QUIET_ZONE = 4;

export function qrSvg(matrix: QrMatrix, slot: QrSlot, color = '#000000'): string {
  const unit = slot.size / (matrix.size + 2 * QR_QUIET_ZONE);
  const ox = slot.x + QR_QUIET_ZONE * unit;
  const oy = slot.y + QR_QUIET_ZONE * unit;
  let d = '';
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark[row * matrix.size + col]) {
        col++;
        continue;
      }
      // One rectangle per horizontal run keeps the path short.
      const start = col;
      while (col < matrix.size && matrix.dark[row * matrix.size + col]) col++;
      d += `M${(ox + start * unit).toFixed(3)} ${(oy + row * unit).toFixed(3)}h${((col - start) * unit).toFixed(3)}v${unit.toFixed(3)}h${(-(col - start) * unit).toFixed(3)}z`;
    }
  }
  const background = `<rect x="${slot.x}" y="${slot.y}" width="${slot.size}" height="${slot.size}" fill="#ffffff"/>`;
  return `${background}<path fill="${color}" d="${d}"/>`;
}

/** Adds the QR drawing on top of a Satori SVG. */
export function injectQr(svg: string, matrix: QrMatrix, slot: QrSlot): string {
  const end = svg.lastIndexOf('</svg>');
  return svg.slice(0, end) + qrSvg(matrix, slot) + svg.slice(end);
}
