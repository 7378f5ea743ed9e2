import { describe, expect, it } from 'vitest';
import { shortDocumentName } from './document-name';

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
