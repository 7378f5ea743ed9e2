/** Text checks of materials (build and browser): a problem names the field and says how to fix it. */
import { describe, expect, it } from 'vitest';
import { checkMaterial, type MaterialSpec } from './checks';
import { setupRenderer } from './render/setup';

const good: MaterialSpec = {
  file: 'content/an-pham/thu.yaml',
  template: 'ap-phich-tieu-de',
  size: 'a4',
  texts: {
    tieuDe: 'Nam, nữ bình đẳng',
    khauHieu: 'Không ai bị phân biệt đối xử về giới.',
    diemChinh: ['Nam, nữ không bị phân biệt đối xử về giới.'],
    keuGoi: 'Cùng đối xử công bằng.',
    dip: 'Suốt năm học',
    canCu: 'Căn cứ: khoản 2 Điều 6 Luật Bình đẳng giới (73/2006/QH11).',
  },
};
const fonts = await setupRenderer();
const withTexts = (texts: Partial<MaterialSpec['texts']>): MaterialSpec => ({ ...good, texts: { ...good.texts, ...texts } });

describe('material checks', () => {
  it('finds nothing wrong with a good material', async () => {
    expect(await checkMaterial(good, fonts)).toEqual([]);
  });

  it('names the field, the file and the character no font covers', async () => {
    const problems = await checkMaterial(withTexts({ diemChinh: ['Bình đẳng ✓ mọi nơi'] }), fonts);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: good.file, field: 'diemChinh[0]' });
    expect(problems[0]!.problem).toContain('Ý chính thứ 1 có ký tự phông chữ không vẽ được: "✓" (U+2713)');
  });

  it('reports a headline longer than its box instead of clipping it, once, with every other problem', async () => {
    const long = 'Nam, nữ bình đẳng trong các lĩnh vực của đời sống xã hội và gia đình, trong học tập, lao động và vui chơi';
    const problems = await checkMaterial(withTexts({ tieuDe: long, keuGoi: 'Cùng nhau ✓' }), fonts);
    expect(problems.map((p) => p.field)).toEqual(['tieuDe', 'keuGoi']);
    expect(problems[0]!.problem).toMatch(/^Tiêu đề quá dài cho áp-phích A4: tối đa \d+ dòng, chữ đã nhập cần \d+ dòng\.$/);
  });

  it('names the school field and the format when a school name does not fit, and suggests abbreviating', async () => {
    const banner: MaterialSpec = { ...good, template: 'bang-ngang', size: 'bang-ron-500x80', texts: { ...good.texts, diemChinh: [] } };
    expect(await checkMaterial({ ...banner, school: { ten: 'Trường Mầm non Hoa Sen' } }, fonts)).toEqual([]);
    const long = 'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm thuộc phường Hoàng Mai thành phố Hà Nội';
    const [problem, ...rest] = await checkMaterial({ ...banner, school: { ten: long } }, fonts);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      field: 'truong.ten',
      problem: expect.stringMatching(/^Tên trường quá dài cho băng rôn 500 × 80 cm: tối đa 1 dòng/),
    });
    expect(problem!.fix).toMatch(/viết tắt/);
  });

  it('asks for the school name when a personalised material has none', async () => {
    const problems = await checkMaterial({ ...good, school: { ten: '  ', coQuan: 'UBND phường Hoàng Mai' } }, fonts);
    expect(problems).toEqual([expect.objectContaining({ field: 'truong.ten', problem: 'Chưa có tên trường.' })]);
  });

  it('reports a run that cannot be broken and is wider than its box', async () => {
    const [problem] = await checkMaterial(withTexts({ tieuDe: 'Bình~đẳng~giới~trong~mọi~việc~của~nhà~trường' }), fonts);
    expect(problem).toMatchObject({ field: 'tieuDe', problem: expect.stringMatching(/không ngắt dòng được/) });
  });
});
