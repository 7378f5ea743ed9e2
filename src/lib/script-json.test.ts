import { describe, expect, it } from 'vitest';
import { scriptJson } from './script-json';

describe('scriptJson', () => {
  it('cannot end its script element and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script> & <!--', line: 'a\u2028b' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
