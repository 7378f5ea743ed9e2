import { describe, expect, it } from 'vitest';
import { shortDocumentName, shortSourceLabel } from './document-name';

describe('shortDocumentName', () => {
  it('uses the kind and number when there is one, the short name otherwise', () => {
    expect(
      shortDocumentName({ loai: 'cong-van', soHieu: '85/GD&ĐT-TCCB', tenNgan: 'Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang' }),
    ).toBe('Công văn 85/GD&ĐT-TCCB');
    expect(shortDocumentName({ loai: 'ke-hoach', soHieu: null, tenNgan: 'Kế hoạch của Trường Mầm non Hồng Dương' })).toBe(
      'Kế hoạch của Trường Mầm non Hồng Dương',
    );
  });
});

describe('shortSourceLabel', () => {
  const name = 'Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang';
  it('shortens the document name and the bullet, keeps the section', () => {
    expect(shortSourceLabel(`${name}, mục 1, gạch đầu dòng thứ 3`, name, 'Công văn 85/GD&ĐT-TCCB')).toBe(
      'Công văn 85/GD&ĐT-TCCB, mục 1, ý 3',
    );
    expect(shortSourceLabel(`ghi chú biên tập về ${name}`, name, 'Công văn 85/GD&ĐT-TCCB')).toBe(
      'Công văn 85/GD&ĐT-TCCB, ghi chú biên tập',
    );
  });
});
