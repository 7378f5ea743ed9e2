/** The empty-band measure: what counts as content and what as empty. */
import { describe, expect, it } from 'vitest';
import { emptyBands } from './empty-band';

/** A 100 × 100 grey image painted by `paint(x, y)`. */
function image(paint: (x: number, y: number) => number): Uint8Array {
  const grey = new Uint8Array(100 * 100);
  for (let y = 0; y < 100; y++) for (let x = 0; x < 100; x++) grey[y * 100 + x] = paint(x, y);
  return grey;
}

const whole = [{ x0: 0, x1: 100 }];
/** "Text": dense alternating columns. */
const text = (x: number) => (x % 4 < 2 ? 0 : 255);

describe('emptyBands', () => {
  it('measures the tallest run of rows without content', () => {
    const page = image((x, y) => (y < 10 || (y >= 50 && y < 60) ? text(x) : 255));
    expect(emptyBands(page, 100, 100, whole)).toEqual([0.4]);
  });

  it('counts a plain panel across the strip as empty, a narrower shape as content', () => {
    const panel = image((x) => (x >= 5 && x < 95 ? 90 : 255));
    expect(emptyBands(panel, 100, 100, whole)).toEqual([1]);
    const shape = image((x, y) => (x >= 30 && x < 70 && y >= 20 ? 90 : 255));
    expect(emptyBands(shape, 100, 100, whole)).toEqual([0.2]);
  });

  it('measures strips on their own', () => {
    const page = image((x, y) => (x < 50 ? text(x) : y < 30 ? text(x) : 255));
    expect(
      emptyBands(page, 100, 100, [
        { x0: 0, x1: 50 },
        { x0: 50, x1: 100 },
      ]),
    ).toEqual([0, 0.7]);
  });
});
