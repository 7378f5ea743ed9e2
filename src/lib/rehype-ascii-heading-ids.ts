/**
 * Gives Markdown/MDX headings ASCII ids ("#muc-tieu-cua-luat"). Astro's default ids keep the
 * diacritics ("#mục-tiêu-của-luật"), which are percent-encoded when a link is shared on Zalo.
 * Astro keeps an id that is already set, so this only has to run first.
 */
import { slugify } from './vietnamese';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const HEADING = /^h[1-6]$/;

function textOf(node: Node): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

export function rehypeAsciiHeadingIds() {
  return (tree: Node) => {
    const used = new Map<string, number>();
    const visit = (node: Node): void => {
      if (node.type === 'element' && HEADING.test(node.tagName ?? '') && typeof node.properties?.id !== 'string') {
        const base = slugify(textOf(node)) || 'muc';
        const count = used.get(base) ?? 0;
        used.set(base, count + 1);
        node.properties = { ...node.properties, id: count === 0 ? base : `${base}-${count + 1}` };
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
