import { describe, expect, it } from 'vitest';
import { rehypeAsciiHeadingIds } from './rehype-ascii-heading-ids';

const heading = (tagName: string, text: string, properties: Record<string, unknown> = {}) => ({
  type: 'element',
  tagName,
  properties,
  children: [{ type: 'text', value: text }],
});

describe('rehypeAsciiHeadingIds', () => {
  it('gives headings ASCII ids, đ included, and numbers repeats', () => {
    const a = heading('h2', 'Mục tiêu của Luật');
    const b = heading('h3', 'Điều cần nhớ');
    const c = heading('h2', 'Điều cần nhớ');
    const p = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] };
    rehypeAsciiHeadingIds()({ type: 'root', children: [a, p, { type: 'element', tagName: 'section', children: [b, c] }] });
    expect([a, b, c].map((h) => h.properties.id)).toEqual(['muc-tieu-cua-luat', 'dieu-can-nho', 'dieu-can-nho-2']);
    expect(p.properties).toEqual({});
  });

  it('keeps an id set by hand and reads text inside inline elements', () => {
    const kept = heading('h2', 'Bất kỳ', { id: 'tu-dat' });
    const nested = {
      type: 'element',
      tagName: 'h2',
      properties: {} as { id?: string },
      children: [
        { type: 'element', tagName: 'em', children: [{ type: 'text', value: 'Tháng' }] },
        { type: 'text', value: ' hành động' },
      ],
    };
    rehypeAsciiHeadingIds()({ type: 'root', children: [kept, nested] });
    expect(kept.properties.id).toBe('tu-dat');
    expect(nested.properties.id).toBe('thang-hanh-dong');
  });
});
