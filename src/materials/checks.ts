/**
 * Checks that make bad material content fail the build (or stop a personalised download) with a
 * message naming the field and the fix: unknown template, size or theme; NFD text; too many
 * points; a character no font covers; text longer than its box allows. Portable (fonts are
 * passed in), so the browser runs the same checks.
 */
import { PRINT_FORMATS, SHARE_FORMATS, isPrintFormat, type PrintFormat } from './formats.ts';
import { TEMPLATES, THEMES, share } from './templates/index.ts';
import type { MaterialContent, MaterialTexts, PrintTemplate, SchoolIdentity, TextBox } from './templates/types.ts';
import { measureText, type FontInput } from './render/satori-render.ts';

export class MaterialError extends Error {
  readonly field: string;
  readonly detail: string;
  readonly fix: string;
  // Plain fields, not parameter properties: worker processes load this file with Node's type stripping.
  constructor(field: string, detail: string, fix: string) {
    super(`trường "${field}": ${detail} Cách sửa: ${fix}`);
    this.name = 'MaterialError';
    this.field = field;
    this.detail = detail;
    this.fix = fix;
  }
}

export interface MaterialSpec extends MaterialContent {
  template: string;
  size: string;
  theme: string;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text a box field refers to: "tieuDe", "diemChinh[2]", "truong.ten". */
export function fieldText({ texts, school }: MaterialContent, field: string): string | undefined {
  const item = /^diemChinh\[(\d+)\]$/.exec(field);
  if (item) return texts.diemChinh[Number(item[1])];
  if (field.startsWith('truong.')) {
    const value = school?.[field.slice('truong.'.length) as keyof SchoolIdentity];
    return typeof value === 'string' ? value : undefined;
  }
  const value = texts[field as keyof MaterialTexts];
  return typeof value === 'string' ? value : undefined;
}

/** What a field is called in a message: "Tên trường", "Ý chính thứ 2". */
export function fieldLabel(field: string): string {
  const item = /^diemChinh\[(\d+)\]$/.exec(field);
  if (item) return `Ý chính thứ ${Number(item[1]) + 1}`;
  return FIELD_LABELS[field] ?? field;
}

const FIELD_LABELS: Record<string, string> = {
  dip: 'Dòng dịp',
  tieuDe: 'Tiêu đề',
  khauHieu: 'Khẩu hiệu',
  keuGoi: 'Lời kêu gọi',
  canCu: 'Dòng căn cứ',
  'truong.ten': 'Tên trường',
  'truong.coQuan': 'Tên cơ quan quản lý',
  'truong.dongPhu': 'Dòng thông tin thêm',
};

/** How to shorten a field that does not fit: school lines are abbreviated, material copy is cut. */
function shortenFix(field: string): string {
  if (field === 'truong.ten') return 'hãy viết tắt (ví dụ "THCS" thay cho "Trung học cơ sở", "MN" thay cho "Mầm non") hoặc bỏ bớt chữ.';
  if (field === 'truong.coQuan') return 'hãy viết tắt (ví dụ "UBND" thay cho "Ủy ban nhân dân") hoặc bỏ dòng này.';
  if (field === 'truong.dongPhu') return 'hãy rút ngắn dòng này (ví dụ chỉ ghi "Năm học 2026–2027") hoặc bỏ dòng này.';
  return 'rút ngắn câu chữ (không thu nhỏ cỡ chữ: bản in phải đọc được từ xa).';
}

function textFields({ texts, school }: MaterialContent): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['tieuDe', texts.tieuDe],
    ['khauHieu', texts.khauHieu],
    ...texts.diemChinh.map((p, i): [string, string] => [`diemChinh[${i}]`, p]),
    ['keuGoi', texts.keuGoi],
    ['truong.coQuan', school?.coQuan],
    ['truong.ten', school?.ten],
    ['truong.dongPhu', school?.dongPhu],
  ];
  return fields.filter((f): f is [string, string] => f[1] !== undefined);
}

/** Checks that need no fonts: names, sizes, NFC, number of points. Returns template and format. */
export function checkStructure(spec: MaterialSpec): { template: PrintTemplate; format: PrintFormat } {
  const template = TEMPLATES[spec.template];
  if (!template) {
    throw new MaterialError('mau', `không có mẫu "${spec.template}".`, `dùng một trong các mẫu: ${Object.keys(TEMPLATES).join(', ')}.`);
  }
  if (!isPrintFormat(spec.size)) {
    throw new MaterialError(
      'kichThuoc',
      `không có khổ "${spec.size}".`,
      `dùng một trong các khổ: ${Object.keys(PRINT_FORMATS).join(', ')}.`,
    );
  }
  if (!template.formats.includes(spec.size)) {
    throw new MaterialError(
      'kichThuoc',
      `mẫu "${template.id}" không dùng cho khổ "${spec.size}".`,
      `với mẫu này chọn khổ: ${template.formats.join(', ')}.`,
    );
  }
  if (!Object.hasOwn(THEMES, spec.theme)) {
    throw new MaterialError('chuDeMau', `không có bộ màu "${spec.theme}".`, `dùng một trong: ${Object.keys(THEMES).join(', ')}.`);
  }
  if (spec.school && spec.school.ten.trim() === '') {
    throw new MaterialError('truong.ten', 'chưa có tên trường.', 'nhập tên trường, ví dụ "Trường Mầm non Hoa Sen".');
  }
  for (const [field, text] of textFields(spec)) {
    if (text !== text.normalize('NFC')) {
      const at = [...text].findIndex((ch) => /\p{M}/u.test(ch));
      throw new MaterialError(
        field,
        `chữ tiếng Việt ở dạng tổ hợp NFD (dấu tách rời chữ cái, từ ký tự thứ ${at + 1}), in ra sẽ lệch dấu.`,
        'gõ lại đoạn chữ này hoặc lưu tệp ở dạng Unicode dựng sẵn (NFC).',
      );
    }
  }
  const format = PRINT_FORMATS[spec.size];
  const min = template.minPoints ?? 0;
  if (spec.texts.diemChinh.length < min) {
    throw new MaterialError(
      'diemChinh',
      `có ${spec.texts.diemChinh.length} ý, mẫu "${template.id}" cần ít nhất ${min} ý để không để trống trang.`,
      `viết thêm cho đủ ${min} ý hoặc chọn mẫu khác.`,
    );
  }
  const max = template.maxPoints(format);
  if (spec.texts.diemChinh.length > max) {
    throw new MaterialError(
      'diemChinh',
      `có ${spec.texts.diemChinh.length} ý, mẫu "${template.id}" khổ ${format.label} chỉ có chỗ cho ${max} ý.`,
      `bớt còn tối đa ${max} ý hoặc chọn mẫu khác.`,
    );
  }
  return { template, format };
}

async function checkBox(content: MaterialContent, textBox: TextBox, where: string, fonts: FontInput[]): Promise<void> {
  const text = fieldText(content, textBox.field);
  if (!text) return;
  const { lines, missing, overflows } = await measureText(text, textBox, fonts);
  if (missing.length > 0) {
    const chars = [...new Set([...missing.join('')])].filter((ch) => ch.trim() !== '');
    throw new MaterialError(
      textBox.field,
      `có ký tự phông chữ không vẽ được: ${chars.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}.`,
      'bỏ hoặc thay ký tự đó (biểu tượng cảm xúc, ký hiệu lạ) bằng chữ thường.',
    );
  }
  if (overflows) {
    throw new MaterialError(
      textBox.field,
      `${fieldLabel(textBox.field)} có một từ hoặc một cụm không ngắt dòng được dài hơn ô chữ trên ${where}.`,
      'tách cụm đó ra (bỏ dấu ~ nối chữ) hoặc viết ngắn lại.',
    );
  }
  if (lines > textBox.maxLines) {
    throw new MaterialError(
      textBox.field,
      `${fieldLabel(textBox.field)} quá dài cho ${where}: tối đa ${textBox.maxLines} dòng, chữ đã nhập cần ${lines} dòng.`,
      shortenFix(textBox.field),
    );
  }
}

/** Every declared box of the print template and of the share images, measured with Satori. */
export async function checkTexts(spec: MaterialSpec, fonts: FontInput[]): Promise<void> {
  const { template, format } = checkStructure(spec);
  for (const textBox of template.boxes(spec, format)) await checkBox(spec, textBox, format.name, fonts);
  for (const shareFormat of Object.values(SHARE_FORMATS)) {
    for (const textBox of share.boxes(spec, shareFormat)) await checkBox(spec, textBox, shareFormat.name, fonts);
  }
}
