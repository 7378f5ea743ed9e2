import { describe, expect, it } from 'vitest';
import { feedbackHref, missingSettings, siteSettingsSchema } from './site-settings-schema';

describe('site settings', () => {
  it('accepts a full and an empty file', () => {
    const full = {
      donViVanHanh: 'Trường Tiểu học A',
      email: 'lienhe@truong.edu.vn',
      dienThoai: '024 3123 4567',
      gopY: 'https://truong.edu.vn/gop-y',
    };
    expect(siteSettingsSchema.parse(full)).toEqual(full);
    expect(missingSettings(siteSettingsSchema.parse({ donViVanHanh: null, email: null }))).toEqual([
      'donViVanHanh',
      'email',
      'dienThoai',
      'gopY',
    ]);
  });

  it('refuses unknown fields, bad emails, phone numbers and plain-http pages', () => {
    for (const bad of [{ tenDonVi: 'x' }, { email: 'lienhe' }, { dienThoai: 'gọi cô Lan' }, { gopY: 'http://truong.edu.vn' }])
      expect(siteSettingsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('links feedback by email or page', () => {
    expect(feedbackHref('gopy@truong.edu.vn')).toBe('mailto:gopy@truong.edu.vn');
    expect(feedbackHref('https://truong.edu.vn/gop-y')).toBe('https://truong.edu.vn/gop-y');
  });
});
