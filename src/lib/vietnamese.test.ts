import { describe, expect, it } from 'vitest';
import { capitalise, foldDiacritics, isAsciiSlug, isNfc, slugify, toNfc } from './vietnamese';

describe('vietnamese text', () => {
  it('normalises NFD (as pasted from Word) to NFC', () => {
    const nfd = 'Bình đẳng giới'.normalize('NFD');
    expect(isNfc(nfd)).toBe(false);
    expect(toNfc(nfd)).toBe('Bình đẳng giới');
    expect(isNfc(toNfc(nfd))).toBe(true);
  });

  it('folds every diacritic, including đ/Đ which has no decomposition', () => {
    expect(foldDiacritics('Đại biểu bình đẳng giới')).toBe('Dai bieu binh dang gioi');
    expect(foldDiacritics('ĐẲNG'.normalize('NFD'))).toBe('DANG');
  });

  it('makes ASCII slugs', () => {
    expect(slugify('Điều 5. Giải thích từ ngữ')).toBe('dieu-5-giai-thich-tu-ngu');
    expect(slugify('  Luật Bình đẳng giới – 2006 ')).toBe('luat-binh-dang-gioi-2006');
    expect(isAsciiSlug('luat-binh-dang-gioi-2006')).toBe(true);
    expect(isAsciiSlug('luật')).toBe(false);
    expect(isAsciiSlug('Luat')).toBe(false);
    expect(isAsciiSlug('a--b')).toBe(false);
  });

  it('capitalises the first letter only, Vietnamese letters included', () => {
    expect(capitalise('khoản 2 Điều 14')).toBe('Khoản 2 Điều 14');
    expect(capitalise('đặc điểm')).toBe('Đặc điểm');
    expect(capitalise('Điều 5')).toBe('Điều 5');
    expect(capitalise('')).toBe('');
  });
});
