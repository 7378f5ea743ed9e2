import { describe, expect, it } from 'vitest';
import { citationLine } from './citation-line';

const law = { slug: 'luat', tenNgan: 'Luật Bình đẳng giới', soHieu: '73/2006/QH11' };
const decree = { slug: 'nd', tenNgan: 'Nghị định 56/2017/NĐ-CP', soHieu: '56/2017/NĐ-CP' };

describe('citationLine', () => {
  it('groups articles by document and names each document once, with its number once', () => {
    expect(
      citationLine([
        { doc: law, dieu: 6 },
        { doc: law, dieu: 18, khoan: 4 },
        { doc: decree, dieu: 23, khoan: 1 },
      ]),
    ).toBe('Căn cứ: Điều 6, khoản 4 Điều 18 Luật Bình đẳng giới (73/2006/QH11); khoản 1 Điều 23 Nghị định 56/2017/NĐ-CP.');
  });
});
