import { describe, expect, it } from 'vitest';
import { documentFilters, documentMeta, indexTags, pageKindFilters } from './search-facets';

describe('search facets', () => {
  it('labels filters in Vietnamese from the content model', () => {
    expect(documentFilters({ slug: 'nd-48', loai: 'nghi-dinh', cap: 'tinh', chuDe: ['gia-dinh', 'can-bo-nu'] })).toEqual({
      'loai-van-ban': ['Nghị định'],
      'cap-ban-hanh': ['Tỉnh, thành phố'],
      'chu-de': ['Gia đình', 'Cán bộ nữ, vì sự tiến bộ của phụ nữ'],
      'van-ban': ['nd-48'],
    });
    expect(pageKindFilters('van-ban')).toEqual({ 'loai-trang': ['Văn bản'] });
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
