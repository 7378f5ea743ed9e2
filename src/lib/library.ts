/** Grouping and ordering of documents for the library index and the lineage diagram. */
import { compareViDates, parseViDate } from './dates';
import { CAP_ORDER, type Cap } from './taxonomy';

export interface LibraryItem {
  slug: string;
  cap: Cap;
  loai: string;
  ngayBanHanh: string | null;
  canCu: string[];
}

/** Oldest first; undated documents last, then by slug for a stable order. */
export function byIssueDate<T extends LibraryItem>(a: T, b: T): number {
  const da = a.ngayBanHanh ? parseViDate(a.ngayBanHanh) : null;
  const db = b.ngayBanHanh ? parseViDate(b.ngayBanHanh) : null;
  if (da && db) return compareViDates(da, db) || a.slug.localeCompare(b.slug);
  if (da) return -1;
  if (db) return 1;
  return a.slug.localeCompare(b.slug);
}

export interface LevelGroup<T> {
  cap: Cap;
  items: T[];
}

/** Documents grouped by level from national down to school; empty levels omitted. */
export function groupByLevel<T extends LibraryItem>(items: T[]): LevelGroup<T>[] {
  return CAP_ORDER.map((cap) => ({ cap, items: items.filter((item) => item.cap === cap).sort(byIssueDate) })).filter(
    (group) => group.items.length > 0,
  );
}

export interface DiagramNode {
  slug: string;
  x: number;
  y: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  rows: { cap: Cap; y: number }[];
}

/**
 * Lays the căn cứ graph out in rows by level (national at the top), nodes spread evenly
 * in each row. Edges point from a document to what it is based on.
 */
export function layoutLineage(
  items: LibraryItem[],
  box: { width: number; height: number; gapX: number; rowGap: number; labelWidth: number },
): DiagramLayout {
  const groups = groupByLevel(items);
  const widest = Math.max(...groups.map((g) => g.items.length));
  const width = box.labelWidth + widest * box.width + (widest - 1) * box.gapX;
  const nodes: DiagramNode[] = [];
  const rows = groups.map((group, row) => {
    const y = row * (box.height + box.rowGap);
    const rowWidth = group.items.length * box.width + (group.items.length - 1) * box.gapX;
    const start = box.labelWidth + (width - box.labelWidth - rowWidth) / 2;
    group.items.forEach((item, i) => nodes.push({ slug: item.slug, x: start + i * (box.width + box.gapX), y }));
    return { cap: group.cap, y };
  });
  const edges = items.flatMap((item) => item.canCu.map((to) => ({ from: item.slug, to })));
  return { width, height: groups.length * box.height + (groups.length - 1) * box.rowGap, nodes, edges, rows };
}
