import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { withDensity } from './png-density';

describe('withDensity', () => {
  it('makes a PNG without resolution read as 300 dpi, pixels unchanged', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 4, height: 3, channels: 4, background: '#123456' } })
        .png()
        .toBuffer(),
    );
    expect((await sharp(png).metadata()).density).toBeUndefined();
    const dense = withDensity(png, 300);
    expect((await sharp(dense).metadata()).density).toBe(300);
    expect(await sharp(dense).raw().toBuffer()).toEqual(await sharp(png).raw().toBuffer());
  });
});
