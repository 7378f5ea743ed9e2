import { describe, expect, it } from 'vitest';
import { qrPath, QR_QUIET_ZONE } from './qr';

describe('qrPath', () => {
  it('draws one rectangle per run of dark modules inside the quiet zone', () => {
    // 3×3: a full top row, one centre module.
    const d = qrPath({ size: 3, dark: [true, true, true, false, true, false, false, false, false] });
    expect(QR_QUIET_ZONE).toBe(4);
    expect(d).toBe('M4 4h3v1h-3zM5 5h1v1h-1z');
  });
});
