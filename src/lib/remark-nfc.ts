/** Normalises every text node of Markdown/MDX to NFC (Word pastes are often NFD). */
interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

function visit(node: Node): void {
  if (typeof node.value === 'string') node.value = node.value.normalize('NFC');
  node.children?.forEach(visit);
}

export function remarkNfc() {
  return (tree: Node) => visit(tree);
}
