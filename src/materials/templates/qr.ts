/** Draws a QR matrix as vector shapes in the layout (pure, browser-safe). */
import { s } from './svg.ts';
import type { Node, QrMatrix } from './types.ts';

/** Quiet zone in modules, as the QR specification asks for. */
export const QR_QUIET_ZONE = 4;

/** Path of the dark modules in module units, one rectangle per horizontal run (keeps it short). */
export function qrPath(matrix: QrMatrix): string {
  let d = '';
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark[row * matrix.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark[row * matrix.size + col]) col++;
      d += `M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}

/** The code on white with its quiet zone, `size` layout px square. */
export function qrCode(matrix: QrMatrix, size: number): Node {
  const modules = matrix.size + 2 * QR_QUIET_ZONE;
  return s(
    'svg',
    { width: size, height: size, viewBox: `0 0 ${modules} ${modules}`, 'shape-rendering': 'crispEdges' },
    s('rect', { x: 0, y: 0, width: modules, height: modules, fill: '#ffffff' }),
    s('path', { d: qrPath(matrix), fill: '#000000' }),
  );
}
