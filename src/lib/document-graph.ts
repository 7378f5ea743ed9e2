/**
 * The "căn cứ" graph between documents: what a document is based on, and which documents
 * implement it. Broken references, cycles and duplicate identifiers are content errors that
 * must stop the build with a message naming the file, the field and the fix.
 */

import { ContentError } from './content-error';

export interface GraphNode {
  slug: string;
  soHieu: string | null;
  canCu: string[];
  /** File the entry was loaded from, for error messages. */
  filePath: string;
}

export interface DocumentGraph {
  basedOn(slug: string): string[];
  implementedBy(slug: string): string[];
}

function checkDuplicates(nodes: GraphNode[]): void {
  const bySlug = new Map<string, GraphNode>();
  const bySoHieu = new Map<string, GraphNode>();
  for (const node of nodes) {
    const sameSlug = bySlug.get(node.slug);
    if (sameSlug) {
      throw new ContentError({
        file: node.filePath,
        field: 'slug',
        problem: `slug "${node.slug}" đã được dùng trong ${sameSlug.filePath}.`,
        fix: 'đặt một slug khác (chữ thường không dấu, nối bằng dấu gạch ngang).',
      });
    }
    bySlug.set(node.slug, node);
    if (node.soHieu) {
      const key = node.soHieu.normalize('NFC').toLowerCase().replace(/\s+/g, '');
      const sameNumber = bySoHieu.get(key);
      if (sameNumber) {
        throw new ContentError({
          file: node.filePath,
          field: 'soHieu',
          problem: `số hiệu "${node.soHieu}" trùng với văn bản ${sameNumber.filePath}.`,
          fix: 'kiểm tra lại số hiệu; mỗi văn bản chỉ có một tệp.',
        });
      }
      bySoHieu.set(key, node);
    }
  }
}

function checkReferences(nodes: GraphNode[], known: Set<string>): void {
  for (const node of nodes) {
    for (const ref of node.canCu) {
      if (ref === node.slug) {
        throw new ContentError({
          file: node.filePath,
          field: 'canCu',
          problem: `văn bản tự tham chiếu chính nó ("${ref}").`,
          fix: `xoá "${ref}" khỏi canCu.`,
        });
      }
      if (!known.has(ref)) {
        throw new ContentError({
          file: node.filePath,
          field: 'canCu',
          problem: `không có văn bản nào có slug "${ref}".`,
          fix: `sửa thành slug của một tệp trong content/van-ban/ hoặc thêm văn bản "${ref}" trước.`,
        });
      }
    }
  }
}

function checkCycles(nodes: GraphNode[]): void {
  const bySlug = new Map(nodes.map((node) => [node.slug, node]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (slug: string, path: string[]): void => {
    if (state.get(slug) === 'done') return;
    if (state.get(slug) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(slug)), slug];
      const node = bySlug.get(slug)!;
      throw new ContentError({
        file: node.filePath,
        field: 'canCu',
        problem: `vòng lặp căn cứ: ${cycle.join(' → ')}.`,
        fix: 'một văn bản không thể là căn cứ của văn bản ban hành trước nó; bỏ một liên kết trong vòng.',
      });
    }
    state.set(slug, 'visiting');
    for (const ref of bySlug.get(slug)!.canCu) visit(ref, [...path, slug]);
    state.set(slug, 'done');
  };
  for (const node of nodes) visit(node.slug, []);
}

export function buildDocumentGraph(nodes: GraphNode[]): DocumentGraph {
  checkDuplicates(nodes);
  checkReferences(nodes, new Set(nodes.map((node) => node.slug)));
  checkCycles(nodes);
  const implementedBy = new Map<string, string[]>();
  for (const node of nodes) {
    for (const ref of node.canCu) {
      implementedBy.set(ref, [...(implementedBy.get(ref) ?? []), node.slug]);
    }
  }
  const bySlug = new Map(nodes.map((node) => [node.slug, node]));
  return {
    basedOn: (slug) => bySlug.get(slug)?.canCu ?? [],
    implementedBy: (slug) => implementedBy.get(slug) ?? [],
  };
}
