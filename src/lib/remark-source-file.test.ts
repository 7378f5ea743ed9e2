import { describe, expect, it } from 'vitest';
import { remarkSourceFile } from './remark-source-file';

const jsx = (name: string, type = 'mdxJsxTextElement') => ({
  type,
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: 'so', value: '14' }],
  children: [],
});

describe('remarkSourceFile', () => {
  it('adds the project-relative file path to citation components only', () => {
    const dieu = jsx('Dieu');
    const vanBan = jsx('VanBan', 'mdxJsxFlowElement');
    const other = jsx('Other');
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [dieu, other] }, vanBan] };
    remarkSourceFile()(tree, { cwd: '/repo', path: '/repo/content/huong-dan/x.mdx' });
    expect(dieu.attributes).toContainEqual({ type: 'mdxJsxAttribute', name: 'sourceFile', value: 'content/huong-dan/x.mdx' });
    expect(vanBan.attributes.at(-1)?.value).toBe('content/huong-dan/x.mdx');
    expect(other.attributes.map((a) => a.name)).toEqual(['so']);
  });

  it('overrides a sourceFile an editor typed by hand', () => {
    const dieu = { ...jsx('Dieu'), attributes: [{ type: 'mdxJsxAttribute', name: 'sourceFile', value: 'sai.mdx' }] };
    remarkSourceFile()({ type: 'root', children: [dieu] }, { cwd: '/repo', path: '/repo/content/hoi-dap/y.mdx' });
    expect(dieu.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'sourceFile', value: 'content/hoi-dap/y.mdx' }]);
  });

  it('leaves the tree alone when the file has no path', () => {
    const dieu = jsx('Dieu');
    remarkSourceFile()({ type: 'root', children: [dieu] }, {});
    expect(dieu.attributes).toHaveLength(1);
  });
});
