import { describe, expect, it } from 'vitest';
import { byIssueDate, groupByLevel, layoutLineage, type LibraryItem } from './library';

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

  it('lays out rows top-down with edges to căn cứ', () => {
    const layout = layoutLineage(
      [item('luat', 'trung-uong', '29/11/2006'), item('nd', 'trung-uong', '19/05/2009', ['luat']), item('kh', 'truong', null, ['nd'])],
      { width: 100, height: 40, gapX: 10, rowGap: 30, labelWidth: 50 },
    );
    expect(layout.width).toBe(50 + 2 * 100 + 10);
    expect(layout.height).toBe(40 + 30 + 40);
    expect(layout.rows).toEqual([
      { cap: 'trung-uong', y: 0 },
      { cap: 'truong', y: 70 },
    ]);
    expect(layout.nodes.find((n) => n.slug === 'kh')).toEqual({ slug: 'kh', x: 50 + 55, y: 70 });
    expect(layout.edges).toEqual([
      { from: 'nd', to: 'luat' },
      { from: 'kh', to: 'nd' },
    ]);
  });
});
