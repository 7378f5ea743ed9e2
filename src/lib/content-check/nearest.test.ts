import { describe, expect, it } from 'vitest';
import { nearestName } from './nearest';

describe('nearestName', () => {
  const fields = ['tieuDe', 'khauHieu', 'diemChinh', 'keuGoi', 'vanBanGoc', 'ngayHieuLuc', 'ngayBanHanh'];
  it('finds the field a slip was meant to be', () => {
    expect(nearestName('khauhieu', fields)).toBe('khauHieu');
    expect(nearestName('vanbanGoc', fields)).toBe('vanBanGoc');
    expect(nearestName('ngayHieuluc', fields)).toBe('ngayHieuLuc');
    expect(nearestName('khauHieuu', fields)).toBe('khauHieu');
  });
  it('suggests nothing for an invented name', () => {
    expect(nearestName('hinhAnh', fields)).toBeUndefined();
  });
});
