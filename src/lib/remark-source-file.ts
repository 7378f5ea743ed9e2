/**
 * Tells citation components which content file they are in: adds a `sourceFile` attribute
 * (path relative to the project) to every <Dieu>, <GhiChu>, <VanBan>, <ThuatNgu>, <HuongDan> element, so a
 * reference to an article that does not exist fails the build naming that file.
 */
import path from 'node:path';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
}
interface File {
  path?: string;
  cwd?: string;
}

export const CITATION_COMPONENTS = new Set(['Dieu', 'GhiChu', 'VanBan', 'ThuatNgu', 'HuongDan']);

function visit(node: Node, sourceFile: string): void {
  const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  if (isJsx && node.name && CITATION_COMPONENTS.has(node.name)) {
    node.attributes = [
      ...(node.attributes ?? []).filter((attribute) => attribute.name !== 'sourceFile'),
      { type: 'mdxJsxAttribute', name: 'sourceFile', value: sourceFile },
    ];
  }
  node.children?.forEach((child) => visit(child, sourceFile));
}

export function remarkSourceFile() {
  return (tree: Node, file: File) => {
    if (!file.path) return;
    const relative = path
      .relative(file.cwd ?? process.cwd(), file.path)
      .split(path.sep)
      .join('/');
    visit(tree, relative);
  };
}
