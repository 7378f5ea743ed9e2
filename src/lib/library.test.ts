import { describe, expect, it } from 'vitest';
import { byIssueDate, groupByLevel, splitByIssueDate, type LibraryItem } from './library';

const item = (slug: string, cap: LibraryItem['cap'], ngayBanHanh: string | null, canCu: string[] = []): LibraryItem => ({
  slug,
  cap,
  loai: 'luat',
  ngayBanHanh,
  canCu,
});

describe('library grouping', () => {
  it('orders by issue date with undated documents last', () => {
    const sorted = [item('c', 'truong', null), item('b', 'tinh', '05/05/2021'), item('a', 'trung-uong', '29/11/2006')].sort(byIssueDate);
    expect(sorted.map((i) => i.slug)).toEqual(['a', 'b', 'c']);
  });

  it('groups from national down to school and skips empty levels', () => {
    const groups = groupByLevel([item('s', 'truong', null), item('l', 'trung-uong', '29/11/2006'), item('p', 'phong', '28/03/2022')]);
    expect(groups.map((g) => g.cap)).toEqual(['trung-uong', 'phong', 'truong']);
  });
});

describe('splitByIssueDate', () => {
  it('puts documents issued before the date, and undated ones, apart from those issued from it on', () => {
    const items = [
      item('a', 'tinh', '05/05/2021'),
      item('b', 'tinh', '18/11/2025'),
      item('c', 'truong', null),
      item('d', 'tinh', '01/07/2025'),
    ];
    const { before, from } = splitByIssueDate(items, '01/07/2025');
    expect(before.map((i) => i.slug)).toEqual(['a', 'c']);
    expect(from.map((i) => i.slug)).toEqual(['b', 'd']);
  });
});
