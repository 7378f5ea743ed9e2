import { describe, expect, it } from 'vitest';
import { coveredBy, LATIN_SUBSET_TEXT, unicodeRange } from './font-subset';

describe('font subset ranges', () => {
  it('merges consecutive code points into CSS unicode-range spans', () => {
    expect(unicodeRange('cabxé–')).toBe('U+0061-0063, U+0078, U+00E9, U+2013');
  });

  it('covers the Latin letters of Vietnamese but not the Vietnamese-only letters', () => {
    const covered = coveredBy(unicodeRange(LATIN_SUBSET_TEXT));
    for (const char of 'aZ09 àÁêÔõÝ–“…') expect(covered(char), char).toBe(true);
    for (const char of 'ăĐơưạẳ') expect(covered(char), char).toBe(false);
  });
});
