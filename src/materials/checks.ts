/**
 * Checks of a material's texts, run by the build and by the browser (personalised materials)
 * with the same fonts: a character no font covers, text longer than its box allows, a missing
 * school name. They return ContentProblems (never throw), so a build reports every problem at
 * once and the browser lists them before any download. Portable: fonts are passed in.
 * Names, sizes, templates, themes and the number of points are the schema's job.
 */
import type { ContentProblem } from '../lib/content-error.ts';
import { PRINT_FORMATS, SHARE_FORMATS, type PrintFormatId } from './formats.ts';
import { TEMPLATES, share } from './templates/index.ts';
import type { MaterialContent, MaterialTexts, SchoolIdentity, TextBox } from './templates/types.ts';
import { measureText, type FontInput } from './render/satori-render.ts';

export interface MaterialSpec extends MaterialContent {
  /** Where the material comes from: its content file (build) or its page (browser). */
  file: string;
  template: string;
  size: PrintFormatId;
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

async function boxProblems(spec: MaterialSpec, textBox: TextBox, where: string, fonts: FontInput[]): Promise<ContentProblem[]> {
  const text = fieldText(spec, textBox.field);
  if (!text) return [];
  const { lines, missing, overflows } = await measureText(text, textBox, fonts);
  const at = { file: spec.file, field: textBox.field };
  if (missing.length > 0) {
    const chars = [...new Set([...missing.join('')])].filter((ch) => ch.trim() !== '');
    return [
      {
        ...at,
        problem: `${fieldLabel(textBox.field)} có ký tự phông chữ không vẽ được: ${chars.map((ch) => `"${ch}" (${codePoint(ch)})`).join(', ')}.`,
        fix: 'bỏ hoặc thay ký tự đó (biểu tượng cảm xúc, ký hiệu lạ) bằng chữ thường.',
      },
    ];
  }
  if (overflows) {
    return [
      {
        ...at,
        problem: `${fieldLabel(textBox.field)} có một từ hoặc một cụm không ngắt dòng được dài hơn ô chữ trên ${where}.`,
        fix: 'tách cụm đó ra (bỏ dấu ~ nối chữ) hoặc viết ngắn lại.',
      },
    ];
  }
  if (lines > textBox.maxLines) {
    return [
      {
        ...at,
        problem: `${fieldLabel(textBox.field)} quá dài cho ${where}: tối đa ${textBox.maxLines} dòng, chữ đã nhập cần ${lines} dòng.`,
        fix: shortenFix(textBox.field),
      },
    ];
  }
  return [];
}

/**
 * Every declared box of the print template and of the share images, measured with Satori.
 * A field too long in several places is reported once, for the first (the print).
 */
export async function checkMaterial(spec: MaterialSpec, fonts: FontInput[]): Promise<ContentProblem[]> {
  if (spec.school && spec.school.ten.trim() === '') {
    return [
      { file: spec.file, field: 'truong.ten', problem: 'Chưa có tên trường.', fix: 'nhập tên trường, ví dụ "Trường Mầm non Hoa Sen".' },
    ];
  }
  const format = PRINT_FORMATS[spec.size];
  const boxes: [TextBox, string][] = [
    ...TEMPLATES[spec.template]!.boxes(spec, format).map((b): [TextBox, string] => [b, format.name]),
    ...Object.values(SHARE_FORMATS).flatMap((f) => share.boxes(spec, f).map((b): [TextBox, string] => [b, f.name])),
  ];
  const problems: ContentProblem[] = [];
  for (const [textBox, where] of boxes) {
    if (problems.some((p) => p.field === textBox.field)) continue;
    problems.push(...(await boxProblems(spec, textBox, where, fonts)));
  }
  return problems;
}
