/** Grouping and ordering of documents for the library index and the lineage page. */
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

/**
 * Documents issued before a date (e.g. the day an organisation changed) and those issued on or
 * after it. An undated document (a school plan of the seeds) goes with the earlier ones.
 */
export function splitByIssueDate<T extends Pick<LibraryItem, 'ngayBanHanh'>>(items: T[], date: string): { before: T[]; from: T[] } {
  const since = parseViDate(date)!;
  const isBefore = (item: T) => !item.ngayBanHanh || compareViDates(parseViDate(item.ngayBanHanh)!, since) < 0;
  return { before: items.filter(isBefore), from: items.filter((item) => !isBefore(item)) };
}
