import { describe, expect, it } from 'vitest';
import { qrSvg, QR_QUIET_ZONE } from './qr';

describe('qrSvg', () => {
  it('draws one rectangle per run of dark modules inside the quiet zone', () => {
    // 3×3: a full top row, one centre module.
    const svg = qrSvg(
      { size: 3, dark: [true, true, true, false, true, false, false, false, false] },
      { x: 0, y: 0, size: 3 + 2 * QR_QUIET_ZONE },
    );
    const runs = svg.match(/M[\d.]+ [\d.]+h([\d.]+)/g)!;
    expect(runs).toEqual(['M4.000 4.000h3.000', 'M5.000 5.000h1.000']);
    expect(svg).toContain('<rect x="0" y="0" width="11" height="11" fill="#ffffff"/>');
  });
});
