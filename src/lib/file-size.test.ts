import { describe, expect, it } from 'vitest';
import { formatBytes, formatCm } from './file-size';

describe('file sizes', () => {
  it('uses KB below a megabyte and a decimal comma above', () => {
    expect(formatBytes(85 * 1024)).toBe('85 KB');
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatBytes(1024 * 1024 - 100)).toBe('1,0 MB');
    expect(formatBytes(1023 * 1024)).toBe('1023 KB');
    expect(formatBytes(12.04 * 1024 * 1024)).toBe('12,0 MB');
  });
  it('writes physical sizes in centimetres', () => {
    expect(formatCm(210, 297)).toBe('21 × 29,7 cm');
    expect(formatCm(3000, 1000)).toBe('300 × 100 cm');
  });
});
