import { describe, expect, it } from 'vitest';
import { inlineCitationLabel } from './citation-label';

describe('inlineCitationLabel', () => {
  it('names the article, and the clause first when there is one', () => {
    expect(inlineCitationLabel({ so: 14 })).toBe('Điều 14');
    expect(inlineCitationLabel({ so: 14, khoan: 2 })).toBe('khoản 2 Điều 14');
  });

  it('capitalises at the start of a sentence and names another document', () => {
    expect(inlineCitationLabel({ so: 18, khoan: 5, hoa: true })).toBe('Khoản 5 Điều 18');
    expect(inlineCitationLabel({ so: 3, tenVanBan: 'Nghị định 125/2021/NĐ-CP' })).toBe('Điều 3 Nghị định 125/2021/NĐ-CP');
  });
});
