import { describe, expect, it } from 'vitest';
import { documentFilters, documentMeta, documentNames, indexTags, pageKindFilters } from './search-facets';

describe('search facets', () => {
  it('labels filters in Vietnamese from the content model', () => {
    const decree: Parameters<typeof documentFilters>[0] = {
      slug: 'nd-48',
      loai: 'nghi-dinh',
      cap: 'tinh',
      chuDe: ['gia-dinh', 'can-bo-nu'],
      soHieu: '48/2009/NĐ-CP',
      tenNgan: 'Nghị định 48/2009/NĐ-CP',
      title: 'Nghị định quy định về các biện pháp bảo đảm bình đẳng giới',
    };
    expect(documentFilters(decree)).toMatchObject({
      'loai-van-ban': ['Nghị định'],
      'cap-ban-hanh': ['Tỉnh, thành phố'],
      'chu-de': ['Gia đình', 'Cán bộ nữ, vì sự tiến bộ của phụ nữ'],
      'van-ban': ['nd-48'],
    });
    expect(pageKindFilters('van-ban')).toEqual({ 'loai-trang': ['Văn bản'] });
  });

  it('knows the names people type for a document, folded', () => {
    expect(
      documentNames({
        loai: 'nghi-dinh',
        soHieu: '48/2009/NĐ-CP',
        tenNgan: 'Nghị định 48/2009/NĐ-CP',
        title: 'Nghị định quy định về các biện pháp',
      }),
    ).toEqual(['nghi dinh 48/2009/nd-cp', 'nghi dinh quy dinh ve cac bien phap', '48/2009/nd-cp', 'nghi dinh 48', 'nghi dinh 48/2009']);
    expect(documentNames({ loai: 'luat', soHieu: '73/2006/QH11', tenNgan: 'Luật Bình đẳng giới', title: 'Luật Bình đẳng giới' })).toContain(
      'binh dang gioi',
    );
    expect(documentNames({ loai: 'ke-hoach', soHieu: null, tenNgan: 'Kế hoạch của Trường Mầm non Hồng Dương', title: 'Kế hoạch' })).toEqual(
      ['ke hoach cua truong mam non hong duong', 'ke hoach'],
    );
  });

  it('omits a missing document number from the result metadata', () => {
    expect(documentMeta({ loai: 'ke-hoach', soHieu: null, tenNgan: 'Kế hoạch của trường' })).toEqual({
      loai: 'Kế hoạch',
      'ten-ngan': 'Kế hoạch của trường',
    });
    expect(documentMeta({ loai: 'luat', soHieu: '73/2006/QH11', tenNgan: 'Luật Bình đẳng giới' })).toEqual({
      loai: 'Luật',
      'ten-ngan': 'Luật Bình đẳng giới',
      'so-hieu': '73/2006/QH11',
    });
  });

  it('writes values with commas into content attributes, one tag per value', () => {
    expect(indexTags({ 'cap-ban-hanh': ['Tỉnh, thành phố'] }, { loai: 'Luật' })).toEqual([
      { attribute: 'data-pagefind-filter', name: 'cap-ban-hanh[content]', content: 'Tỉnh, thành phố' },
      { attribute: 'data-pagefind-meta', name: 'loai[content]', content: 'Luật' },
    ]);
  });
});
