import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap';

describe('wrapWords', () => {
  it('breaks between words within the limit', () => {
    expect(wrapWords('Chương trình truyền thông về bình đẳng giới', 18)).toEqual(['Chương trình', 'truyền thông về', 'bình đẳng giới']);
  });
  it('keeps a word longer than the limit on its own line', () => {
    expect(wrapWords('a 85/GD&ĐT-TCCB b', 5)).toEqual(['a', '85/GD&ĐT-TCCB', 'b']);
  });
});
