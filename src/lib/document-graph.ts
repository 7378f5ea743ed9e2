/**
 * The "căn cứ" graph between documents: what a document is based on, and which documents
 * implement it. Broken references, cycles and duplicate identifiers are content errors that
 * must stop the build with a message naming the file, the field and the fix.
 */

import { ContentError, type ContentProblem } from './content-error';

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

function duplicateProblems(nodes: GraphNode[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, GraphNode>();
  const bySoHieu = new Map<string, GraphNode>();
  for (const node of nodes) {
    const sameSlug = bySlug.get(node.slug);
    if (sameSlug) {
      problems.push({
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
        problems.push({
          file: node.filePath,
          field: 'soHieu',
          problem: `số hiệu "${node.soHieu}" trùng với văn bản ${sameNumber.filePath}.`,
          fix: 'kiểm tra lại số hiệu; mỗi văn bản chỉ có một tệp.',
        });
      }
      bySoHieu.set(key, node);
    }
  }
  return problems;
}

function referenceProblems(nodes: GraphNode[], known: Set<string>): ContentProblem[] {
  return nodes.flatMap((node) =>
    node.canCu.flatMap((ref): ContentProblem[] => {
      if (ref === node.slug) {
        return [
          { file: node.filePath, field: 'canCu', problem: `văn bản tự tham chiếu chính nó ("${ref}").`, fix: `xoá "${ref}" khỏi canCu.` },
        ];
      }
      if (!known.has(ref)) {
        return [
          {
            file: node.filePath,
            field: 'canCu',
            problem: `không có văn bản nào có slug "${ref}".`,
            fix: `sửa thành slug của một tệp trong content/van-ban/ hoặc thêm văn bản "${ref}" trước.`,
          },
        ];
      }
      return [];
    }),
  );
}

/** The first cycle of căn cứ found, if any (self-references and unknown slugs are reported apart). */
function cycleProblems(nodes: GraphNode[]): ContentProblem[] {
  const bySlug = new Map(nodes.map((node) => [node.slug, node]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (slug: string, path: string[]): ContentProblem | undefined => {
    if (state.get(slug) === 'done' || !bySlug.has(slug)) return undefined;
    if (state.get(slug) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(slug)), slug];
      return {
        file: bySlug.get(slug)!.filePath,
        field: 'canCu',
        problem: `vòng lặp căn cứ: ${cycle.join(' → ')}.`,
        fix: 'một văn bản không thể là căn cứ của văn bản ban hành trước nó; bỏ một liên kết trong vòng.',
      };
    }
    state.set(slug, 'visiting');
    for (const ref of bySlug.get(slug)!.canCu) {
      if (ref === slug) continue;
      const found = visit(ref, [...path, slug]);
      if (found) return found;
    }
    state.set(slug, 'done');
    return undefined;
  };
  for (const node of nodes) {
    const found = visit(node.slug, []);
    if (found) return [found];
  }
  return [];
}

/**
 * Every duplicate, broken reference and cycle among the documents. `otherSlugs` are documents that
 * exist but failed other checks: citing them is not a second error.
 */
export function documentGraphProblems(nodes: GraphNode[], otherSlugs: string[] = []): ContentProblem[] {
  const known = new Set([...nodes.map((node) => node.slug), ...otherSlugs]);
  return [...duplicateProblems(nodes), ...referenceProblems(nodes, known), ...cycleProblems(nodes)];
}

export function buildDocumentGraph(nodes: GraphNode[]): DocumentGraph {
  const problems = documentGraphProblems(nodes);
  if (problems.length > 0) throw new ContentError(problems);
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
