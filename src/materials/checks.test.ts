/** Content checks of materials fire on bad fixtures with a message naming the field. */
import { describe, expect, it } from 'vitest';
import { MaterialError, checkStructure, checkTexts, type MaterialSpec } from './checks';
import { loadFonts } from './render/fonts';
import { materialSchema } from '../lib/material-schema';

const good: MaterialSpec = {
  template: 'ap-phich-tieu-de',
  size: 'a4',
  theme: 'tim',
  texts: {
    tieuDe: 'Nam, nữ bình đẳng',
    khauHieu: 'Không ai bị phân biệt đối xử về giới.',
    diemChinh: ['Nam, nữ không bị phân biệt đối xử về giới.'],
    keuGoi: 'Cùng đối xử công bằng.',
    dip: 'Suốt năm học',
    canCu: 'Căn cứ: khoản 2 Điều 6 Luật Bình đẳng giới (73/2006/QH11).',
  },
};
const fonts = loadFonts();
const withTexts = (texts: Partial<MaterialSpec['texts']>): MaterialSpec => ({ ...good, texts: { ...good.texts, ...texts } });

function failure(run: () => unknown): MaterialError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MaterialError);
    return error as MaterialError;
  }
  throw new Error('expected a MaterialError');
}

async function asyncFailure(run: () => Promise<unknown>): Promise<MaterialError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MaterialError);
  return error as MaterialError;
}

describe('material checks', () => {
  it('accepts a good material', async () => {
    await expect(checkTexts(good, fonts)).resolves.toBeUndefined();
  });

  it('rejects an unknown template, an unknown size, a size the template does not print, an unknown theme', () => {
    expect(failure(() => checkStructure({ ...good, template: 'poster-xyz' })).field).toBe('mau');
    expect(failure(() => checkStructure({ ...good, size: 'a5' })).message).toMatch(/không có khổ "a5"/);
    expect(failure(() => checkStructure({ ...good, size: 'pa-no-300x100' })).message).toMatch(/mẫu "ap-phich-tieu-de" không dùng cho khổ/);
    expect(failure(() => checkStructure({ ...good, theme: 'do' })).field).toBe('chuDeMau');
  });

  it('rejects NFD text, naming the field', () => {
    const nfd = 'Bình đẳng giới'.normalize('NFD');
    expect(failure(() => checkStructure(withTexts({ khauHieu: nfd }))).field).toBe('khauHieu');
    const parsed = materialSchema.shape.tieuDe.safeParse(nfd);
    expect(parsed.success).toBe(false);
    expect(materialSchema.shape.tieuDe.parse('cơ~sở giáo dục')).toBe('cơ\u00A0sở giáo dục');
  });

  it('rejects more points than the template has room for', () => {
    const points = Array.from({ length: 5 }, (_, i) => `Ý ${i + 1}.`);
    expect(failure(() => checkStructure(withTexts({ diemChinh: points }))).message).toMatch(/chỉ có chỗ cho 4 ý/);
  });

  it('names the field and the character no font covers', async () => {
    const error = await asyncFailure(() => checkTexts(withTexts({ diemChinh: ['Bình đẳng ✓ mọi nơi'] }), fonts));
    expect(error.field).toBe('diemChinh[0]');
    expect(error.message).toContain('"✓" (U+2713)');
  });

  it('fails a headline longer than its box instead of clipping it', async () => {
    const long = 'Nam, nữ bình đẳng trong các lĩnh vực của đời sống xã hội và gia đình, trong học tập, lao động và vui chơi';
    const error = await asyncFailure(() => checkTexts(withTexts({ tieuDe: long }), fonts));
    expect(error.field).toBe('tieuDe');
    expect(error.message).toMatch(/Tiêu đề quá dài cho áp-phích A4: tối đa \d+ dòng, chữ đã nhập cần \d+ dòng/);
  });

  it('names the school field and the format when a school name does not fit, and suggests abbreviating', async () => {
    const banner: MaterialSpec = { ...good, template: 'bang-ngang', size: 'bang-ron-500x80', texts: { ...good.texts, diemChinh: [] } };
    await expect(checkTexts({ ...banner, school: { ten: 'Trường Mầm non Hoa Sen' } }, fonts)).resolves.toBeUndefined();
    const long = 'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm thuộc phường Hoàng Mai thành phố Hà Nội';
    const error = await asyncFailure(() => checkTexts({ ...banner, school: { ten: long } }, fonts));
    expect(error.field).toBe('truong.ten');
    expect(error.detail).toMatch(/^Tên trường quá dài cho băng rôn 500 × 80 cm: tối đa 1 dòng/);
    expect(error.fix).toMatch(/viết tắt/);
  });

  it('requires a school name when a school is given', () => {
    expect(failure(() => checkStructure({ ...good, school: { ten: ' ', coQuan: 'UBND phường Hoàng Mai' } })).field).toBe('truong.ten');
  });

  it('fails a run that cannot be broken and is wider than its box', async () => {
    const error = await asyncFailure(() => checkTexts(withTexts({ tieuDe: 'Bình~đẳng~giới~trong~mọi~việc~của~nhà~trường' }), fonts));
    expect(error.field).toBe('tieuDe');
    expect(error.detail).toMatch(/không ngắt dòng được/);
  });

  it('asks a leaflet for enough points to fill its inside', () => {
    const leaflet: MaterialSpec = { ...good, template: 'to-roi-gap-ba', size: 'to-roi-a4-gap-ba' };
    expect(failure(() => checkStructure(leaflet)).message).toMatch(/cần ít nhất 3 ý/);
  });
});
