/** The material schema: sizes, templates and themes are what exists, combinations are checked, keys are strict. */
import { describe, expect, it } from 'vitest';
import { materialSchema } from './material-schema';

const valid = {
  slug: 'thu',
  loai: 'ap-phich',
  kichThuoc: 'a4',
  mau: 'ap-phich-tieu-de',
  chuDeMau: 'tim',
  dip: 'nam-hoc',
  chuDe: ['nguyen-tac'],
  tieuDe: 'Nam, nữ bình đẳng',
  khauHieu: 'Không ai bị phân biệt đối xử về giới.',
  diemChinh: ['Nam, nữ không bị phân biệt đối xử về giới.'],
  moTa: 'Áp-phích thử.',
  canCu: [{ vanBan: 'luat-binh-dang-gioi-2006', dieu: 6 }],
};

/** "field: message" of every issue. */
function issues(data: Record<string, unknown>): string[] {
  const result = materialSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('material schema', () => {
  it('accepts a valid material', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('knows only the sizes, templates and themes that exist, listing them', () => {
    expect(issues({ ...valid, kichThuoc: 'a5' })).toEqual([
      expect.stringMatching(/^kichThuoc: không có khổ "a5"\. Cách sửa: dùng một trong: a4, a3, /),
    ]);
    expect(issues({ ...valid, mau: 'poster' })).toEqual([
      expect.stringMatching(/^mau: không có mẫu "poster"\. Cách sửa: dùng một trong: .*ap-phich/),
    ]);
    expect(issues({ ...valid, chuDeMau: 'do' })).toEqual([
      expect.stringMatching(/^chuDeMau: không có bộ màu "do"\. Cách sửa: dùng một trong: tim, /),
    ]);
  });

  it('checks that the kind is printed at that size and the template prints that size', () => {
    expect(issues({ ...valid, kichThuoc: 'pa-no-300x100' })).toEqual([
      expect.stringMatching(/^kichThuoc: Áp-phích không in ở khổ "pa-no-300x100"/),
    ]);
    expect(issues({ ...valid, loai: 'pa-no', kichThuoc: 'pa-no-300x100' })).toEqual([
      expect.stringMatching(/^mau: mẫu "ap-phich-tieu-de" không dùng cho khổ "pa-no-300x100"\. Cách sửa: với khổ này chọn mẫu: /),
    ]);
  });

  it('asks a leaflet for enough points to fill its inside', () => {
    expect(issues({ ...valid, loai: 'to-roi', kichThuoc: 'to-roi-a4-gap-ba', mau: 'to-roi-gap-ba' })).toEqual([
      expect.stringMatching(/^diemChinh: có 1 ý, mẫu "to-roi-gap-ba" cần ít nhất 3 ý/),
    ]);
  });

  it('turns the author\'s "~" into a no-break space', () => {
    expect(materialSchema.safeParse({ ...valid, tieuDe: 'cơ~sở giáo dục' }).data?.tieuDe).toBe('cơ\u00A0sở giáo dục');
  });

  it('rejects more points than the template has room for', () => {
    const points = Array.from({ length: 9 }, (_, i) => `Ý ${i + 1}.`);
    expect(issues({ ...valid, diemChinh: points })).toEqual([
      expect.stringMatching(/^diemChinh: có 9 ý, mẫu "ap-phich-tieu-de" .* chỉ có chỗ cho \d ý/),
    ]);
  });

  it('has no orientation field: the size decides it, and unknown keys are errors', () => {
    expect(issues({ ...valid, huong: 'doc' })).toEqual([expect.stringMatching(/huong/)]);
  });

  it('rejects NFD print text (as pasted from Word), naming the field', () => {
    const nfd = 'Không ai bị phân biệt đối xử về giới.'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    expect(issues({ ...valid, khauHieu: nfd })).toEqual([expect.stringMatching(/^khauHieu: chữ ở dạng tổ hợp NFD/)]);
    expect(issues({ ...valid, diemChinh: ['Một ý.', nfd] })).toEqual([expect.stringMatching(/^diemChinh\.1: chữ ở dạng tổ hợp NFD/)]);
  });

  it('prints Tổng đài 111 only on a template with room for it and with its citations', () => {
    expect(issues({ ...valid, tongDai111: true })).toEqual([
      expect.stringMatching(/^canCu: ấn phẩm in Tổng đài 111 phải dẫn khoản 1 Điều 23 của văn bản "nd-56-2017-nd-cp"/),
      expect.stringMatching(/^canCu: ấn phẩm in Tổng đài 111 phải dẫn khoản 4 Điều 4 của văn bản "tt-43-2021-tt-bca"/),
    ]);
    const cited = {
      ...valid,
      tongDai111: true,
      canCu: [...valid.canCu, { vanBan: 'nd-56-2017-nd-cp', dieu: 23, khoan: 1 }, { vanBan: 'tt-43-2021-tt-bca', dieu: 4, khoan: 4 }],
    };
    expect(issues(cited)).toEqual([]);
    const banner = { ...cited, loai: 'bang-ron', kichThuoc: 'bang-ron-500x80', mau: 'bang-ngang', diemChinh: [] };
    expect(issues(banner)).toEqual([expect.stringMatching(/^tongDai111: mẫu "bang-ngang" không in Tổng đài 111/)]);
  });
});
