/**
 * Zod issues said in Vietnamese, as ContentProblems: what is wrong with which field, on which
 * line, and how to fix it. Messages written into the schemas (e.g. the dd/mm/yyyy rule) are the
 * schema's own words and are kept; zod's generic English ones are replaced here.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../content-error';
import { nearestName } from './nearest';
import type { FieldPath } from './yaml-data';

type Issue = z.core.$ZodIssue;

/** Marks an issue whose schema wrote no message of its own (passed to safeParse as the error map). */
export const NO_SCHEMA_MESSAGE = '\u0000';
export const markDefaultMessages = () => NO_SCHEMA_MESSAGE;

/** "nguon[0].ten" */
export function fieldName(path: FieldPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

const valueAt = (data: unknown, path: FieldPath): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );

const KIND: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường con',
  date: 'một ngày',
};

function describeValue(value: unknown): string {
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (value instanceof Date) return 'một ngày dạng năm-tháng-ngày';
  if (typeof value === 'object') return 'một nhóm trường con';
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return `giá trị ${value}`;
  return `chữ "${String(value)}"`;
}

/** The value as the editor wrote it, where that can be told (YAML reads 2006-11-29 as a date). */
const shown = (value: unknown) =>
  typeof value === 'string' ? `"${value}"` : value instanceof Date ? `"${value.toISOString().slice(0, 10)}"` : describeValue(value);

const HOW_TO_WRITE: Record<string, string> = {
  string: 'ghi chữ ngay sau dấu hai chấm, trên cùng dòng; câu có dấu hai chấm thì đặt trong ngoặc kép.',
  number: 'ghi một số, không đặt trong ngoặc kép, ví dụ "thuTu: 10".',
  int: 'ghi một số nguyên, không đặt trong ngoặc kép, ví dụ "thuTu: 10".',
  array: 'ghi dạng danh sách: "[muc-mot, muc-hai]" trên cùng dòng, hoặc mỗi mục một dòng bắt đầu bằng "- ".',
  object: 'ghi các trường con ở các dòng dưới, thụt vào hai dấu cách.',
  boolean: 'ghi true hoặc false.',
};

/** The object schema at `path` of `schema`, seen through optional/default/array/pipe wrappers. */
function objectKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { def?: { type: string; innerType?: unknown; in?: unknown } }).def;
      if (!def) return;
      if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type))
        current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else return;
    }
  };
  for (const key of path) {
    unwrap();
    const def = (current as { def: { type: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key];
    else return [];
  }
  unwrap();
  const def = (current as { def: { type: string; shape?: Record<string, unknown> } }).def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

export interface IssueContext {
  file: string;
  schema: z.ZodType;
  data: unknown;
  lineOf(path: FieldPath): number | undefined;
}

/** One or more problems (one per unknown key) for a zod issue. */
export function problemsOfIssue(issue: Issue, context: IssueContext): ContentProblem[] {
  const path = issue.path as FieldPath;
  const at = (p: FieldPath) => ({ file: context.file, field: fieldName(p) || undefined, line: context.lineOf(p) });
  const own = issue.message !== NO_SCHEMA_MESSAGE ? issue.message : undefined;
  const value = valueAt(context.data, path);

  if (issue.code === 'unrecognized_keys') {
    const allowed = objectKeysAt(context.schema, path);
    return issue.keys.map((key) => {
      const guess = nearestName(key, allowed);
      return {
        ...at([...path, key]),
        problem: `trường "${key}" không có trong mô hình nội dung, nên nội dung của nó sẽ bị bỏ mất.`,
        fix:
          (guess
            ? `có phải ý bạn là \`${guess}\`? Sửa tên trường cho đúng (phân biệt chữ hoa, chữ thường). `
            : 'xoá trường này hoặc sửa tên cho đúng. ') + `Các trường được phép ở đây: ${allowed.join(', ')}.`,
      };
    });
  }
  if (issue.code === 'invalid_type' && value === undefined) {
    const name = String(path[path.length - 1] ?? '');
    return [
      {
        ...at(path),
        line: context.lineOf(path.slice(0, -1)),
        problem: `thiếu trường bắt buộc "${name}".`,
        fix: `thêm một dòng "${name}: …" (${KIND[issue.expected] ?? 'giá trị'}); danh sách các trường có trong README, mục "Sửa nội dung".`,
      },
    ];
  }
  if (issue.code === 'invalid_type') {
    return [
      {
        ...at(path),
        problem: own ?? `phải là ${KIND[issue.expected] ?? issue.expected}, nhưng đang là ${describeValue(value)}.`,
        fix: HOW_TO_WRITE[issue.expected] ?? 'sửa giá trị theo mẫu trong README, mục "Sửa nội dung".',
      },
    ];
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const guess = typeof value === 'string' ? nearestName(value, allowed) : undefined;
    return [
      {
        ...at(path),
        problem: own ?? `giá trị ${shown(value)} không nằm trong danh sách được phép.`,
        fix: `${guess ? `có phải ý bạn là \`${guess}\`? ` : ''}dùng một trong các giá trị: ${allowed.join(', ')}.`,
      },
    ];
  }
  if (issue.code === 'too_small') {
    const isList = issue.origin === 'array';
    return [
      {
        ...at(path),
        problem: own ? `${own}.` : isList ? `danh sách cần ít nhất ${issue.minimum} mục.` : 'không được để trống.',
        fix: isList
          ? `thêm mục vào danh sách (ít nhất ${issue.minimum}).`
          : 'ghi nội dung cho trường này, hoặc bỏ hẳn dòng này nếu trường không bắt buộc.',
      },
    ];
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    return [{ ...at(path), problem: `${shown(value)} không phải địa chỉ web đầy đủ.`, fix: 'ghi đủ địa chỉ, bắt đầu bằng "https://".' }];
  }
  // The schema's own rule (dates, slugs, anchors, NFC print text…): its message says what is expected.
  if (own) {
    const [what, fix] = own.split(/\.?\s*Cách sửa:\s*/);
    return [
      {
        ...at(path),
        problem: fix ? `${what}.` : `giá trị ${shown(value)} không hợp lệ.`,
        fix: fix ?? `${what}.`,
      },
    ];
  }
  return [{ ...at(path), problem: `giá trị ${shown(value)} không hợp lệ.`, fix: 'sửa giá trị theo mẫu trong README, mục "Sửa nội dung".' }];
}
