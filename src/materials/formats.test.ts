import { describe, expect, it } from 'vitest';
import { PRINT_FORMATS, TRI_FOLD, foldLinesMm, kindAndFormat, mmToPt, rasterSize } from './formats';

describe('print formats', () => {
  it('names the kind of material once', () => {
    expect(kindAndFormat('Áp-phích', PRINT_FORMATS.a4)).toBe('Áp-phích · A4 dọc (210 × 297 mm)');
    expect(kindAndFormat('Pa-nô', PRINT_FORMATS['pa-no-300x100'])).toBe('Pa-nô ngang 300 × 100 cm');
    expect(kindAndFormat('Tờ rơi', PRINT_FORMATS['to-roi-a4-gap-ba'])).toBe('Tờ rơi A4 gấp ba (297 × 210 mm, hai mặt)');
  });
  it('converts A4 to the PDF points print shops expect', () => {
    expect(mmToPt(210)).toBeCloseTo(595.28, 2);
    expect(mmToPt(297)).toBeCloseTo(841.89, 2);
  });
  it('keeps layout proportions equal to the paper', () => {
    for (const f of Object.values(PRINT_FORMATS)) expect(f.layoutHeight / f.layoutWidth).toBeCloseTo(f.heightMm / f.widthMm, 2);
  });
  it('sizes 300 dpi rasters from millimetres', () => {
    expect(rasterSize(PRINT_FORMATS.a4)).toEqual({ width: 2480, height: 3508 });
  });
  it('puts tri-fold folds on panel edges, the tuck-in panel narrower, mirrored between sides', () => {
    expect(TRI_FOLD.outside.reduce((a: number, b) => a + b, 0)).toBe(297);
    expect(TRI_FOLD.inside.reduce((a: number, b) => a + b, 0)).toBe(297);
    expect(foldLinesMm('outside')).toEqual([97, 197]);
    // The flap is leftmost outside and, after turning the sheet over, rightmost inside.
    expect(foldLinesMm('inside')).toEqual([100, 200]);
    expect(TRI_FOLD.outside[0]).toBe(TRI_FOLD.inside[2]);
  });
});
