/** Logos: type from the bytes, size limit, pixel size from the header, Vietnamese messages. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, readLogo, sniffImage } from './logo';

const png = new Uint8Array(
  await sharp({ create: { width: 30, height: 20, channels: 3, background: '#c00' } })
    .png()
    .toBuffer(),
);
const jpeg = new Uint8Array(
  await sharp({ create: { width: 40, height: 10, channels: 3, background: '#0c0' } })
    .jpeg()
    .toBuffer(),
);
const svg = new TextEncoder().encode(
  '\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32"/></svg>',
);

describe('readLogo', () => {
  it('reads the type from the bytes, not the name', () => {
    expect([sniffImage(png), sniffImage(jpeg), sniffImage(svg)]).toEqual(['png', 'jpeg', 'svg']);
    expect(sniffImage(new TextEncoder().encode('<html><body>not an image</body></html>'))).toBeUndefined();
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeUndefined();
  });

  it('gives templates a data URL and the intrinsic size', () => {
    expect(readLogo(png)).toMatchObject({
      type: 'png',
      logo: { width: 30, height: 20, dataUrl: expect.stringMatching(/^data:image\/png;base64,/) },
    });
    expect(readLogo(jpeg)).toMatchObject({
      type: 'jpeg',
      logo: { width: 40, height: 10, dataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) },
    });
    const fromSvg = readLogo(svg);
    expect(fromSvg).toMatchObject({ type: 'svg', logo: { width: 64, height: 32 } });
    const dataUrl = 'logo' in fromSvg ? fromSvg.logo.dataUrl : '';
    expect(atob(dataUrl.split(',')[1]!)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32"></rect></svg>',
    );
  });

  it('refuses a file over 1 MB, a file of another type and a broken image, saying why', () => {
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set(png);
    expect(readLogo(big)).toEqual({ problem: 'Logo nặng 5,0 MB, quá 1 MB. Hãy chọn tệp nhỏ hơn hoặc thu nhỏ ảnh.' });
    expect(LOGO_MAX_BYTES).toBe(1024 * 1024);
    expect(readLogo(new TextEncoder().encode('MZ fake.png'))).toEqual({
      problem: expect.stringMatching(/^Tệp này không phải ảnh PNG, JPEG hay SVG/),
    });
    expect(readLogo(png.subarray(0, 12))).toEqual({ problem: expect.stringMatching(/^Ảnh logo bị hỏng/) });
  });
});
