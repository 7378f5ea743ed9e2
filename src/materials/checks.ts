/**
 * Checks that make bad material content fail the build with a message naming the field and
 * the fix: unknown template, size or theme; NFD text; too many points; a character no font
 * covers; text longer than its box allows. Portable (fonts are passed in).
 */
import { PRINT_FORMATS, SHARE_FORMATS, isPrintFormat, type PrintFormat } from './formats.ts';
import { TEMPLATES, THEMES, share } from './templates/index.ts';
import type { MaterialTexts, PrintTemplate, TextBox } from './templates/types.ts';
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

export interface MaterialSpec {
  template: string;
  size: string;
  theme: string;
  texts: MaterialTexts;
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text a box field refers to: "tieuDe", "diemChinh[2]". */
export function fieldText(texts: MaterialTexts, field: string): string | undefined {
  const item = /^diemChinh\[(\d+)\]$/.exec(field);
  if (item) return texts.diemChinh[Number(item[1])];
  const value = texts[field as keyof MaterialTexts];
  return typeof value === 'string' ? value : undefined;
}

function textFields(texts: MaterialTexts): [string, string][] {
  const fields: [string, string | undefined][] = [
    ['tieuDe', texts.tieuDe],
    ['khauHieu', texts.khauHieu],
    ...texts.diemChinh.map((p, i): [string, string] => [`diemChinh[${i}]`, p]),
    ['keuGoi', texts.keuGoi],
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
  for (const [field, text] of textFields(spec.texts)) {
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

async function checkBox(texts: MaterialTexts, textBox: TextBox, where: string, fonts: FontInput[]): Promise<void> {
  const text = fieldText(texts, textBox.field);
  if (!text) return;
  const { lines, missing } = await measureText(text, textBox, fonts);
  if (missing.length > 0) {
    const chars = [...new Set([...missing.join('')])].filter((ch) => ch.trim() !== '');
    throw new MaterialError(
      textBox.field,
      `có ký tự phông chữ không vẽ được: ${chars.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}.`,
      'bỏ hoặc thay ký tự đó (biểu tượng cảm xúc, ký hiệu lạ) bằng chữ thường.',
    );
  }
  if (lines > textBox.maxLines) {
    throw new MaterialError(
      textBox.field,
      `chữ quá dài: cần ${lines} dòng nhưng ô này trên ${where} chỉ có ${textBox.maxLines} dòng.`,
      'rút ngắn câu chữ (không thu nhỏ cỡ chữ: bản in phải đọc được từ xa).',
    );
  }
}

/** Every declared box of the print template and of the share images, measured with Satori. */
export async function checkTexts(spec: MaterialSpec, fonts: FontInput[]): Promise<void> {
  const { template, format } = checkStructure(spec);
  for (const textBox of template.boxes(spec.texts, format)) await checkBox(spec.texts, textBox, `${template.label} ${format.label}`, fonts);
  for (const shareFormat of Object.values(SHARE_FORMATS)) {
    for (const textBox of share.boxes(spec.texts, shareFormat)) await checkBox(spec.texts, textBox, shareFormat.label, fonts);
  }
}
