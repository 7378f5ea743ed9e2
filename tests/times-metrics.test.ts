/** The committed Times New Roman widths are what the font files say (re-generate with npm run fonts:metrics). */
import { describe, expect, it } from 'vitest';
import { CHARACTERS, measureAll } from '../scripts/fonts/times-metrics.mjs';
import { TIMES_CHARACTERS, TIMES_WIDTHS } from '../src/lib/times-metrics';

describe('times-metrics', () => {
  it('matches Liberation Serif, the metric twin of Times New Roman that LibreOffice uses', () => {
    expect(TIMES_CHARACTERS).toBe(CHARACTERS);
    const measured = measureAll();
    expect(TIMES_WIDTHS.regular).toEqual(measured.regular);
    expect(TIMES_WIDTHS.bold).toEqual(measured.bold);
  });

  it('covers every Vietnamese letter in both cases', () => {
    for (const letter of 'ăâđêôơưẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ') {
      expect(TIMES_CHARACTERS, letter).toContain(letter);
      expect(TIMES_CHARACTERS, letter).toContain(letter.toLocaleUpperCase('vi'));
    }
  });
});
