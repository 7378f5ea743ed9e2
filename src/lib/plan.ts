/**
 * The plan generator's model and form checks, free of any browser or docx code: the wording of
 * content/mau-van-ban/ as the generator uses it (a PlanTemplate), the activities, and the checks
 * that turn the form's values into a PlanInput (see plan-document.ts for the document itself).
 */
import type { ActivityTime } from './activity-time';
import type { DayOfYear } from './ics';
import { CAP_HOC, LOAI_TAI_LIEU, PLAN_FIELDS, type CapHoc, type FieldName, type LoaiTaiLieu, type PlanFormValues } from './plan-fields';

export { CAP_HOC, LOAI_TAI_LIEU, type CapHoc, type LoaiTaiLieu, type PlanFormValues };

/** A rule or paragraph a piece of wording rests on, resolved to a link on the site. */
export interface Cite {
  label: string;
  /** Site-relative path with anchor. */
  path: string;
}

export type TemplateBlock =
  | { kind: 'subheading' | 'paragraph'; text: string; levels?: CapHoc[]; suggestion?: boolean; cites?: Cite[] }
  | { kind: 'generated'; what: 'chi-tieu' | 'noi-dung' | 'ket-qua' | 'phuong-huong' };

export interface TemplateSection {
  id: string;
  heading: string;
  /** The project's note on the model plan. */
  why?: string;
  cites?: Cite[];
  blocks: TemplateBlock[];
}

export interface TemplateDocument {
  kind: string;
  subject: string;
  addressee?: string;
  opening: string;
  basisNote?: string;
  sections: TemplateSection[];
  closing: string;
  recipients: string[];
}

export interface TemplateGroup {
  id: string;
  title: string;
  form?: string;
  cites?: Cite[];
  blocks: Extract<TemplateBlock, { kind: 'subheading' | 'paragraph' }>[];
  reporting?: boolean;
}

/** The wording of the generated documents (from content/mau-van-ban/, with the library's căn cứ resolved). */
export interface PlanTemplate {
  learners: Record<CapHoc, string>;
  girls: Record<CapHoc, string>;
  /** "Căn cứ …;" lines built from the library. */
  basis: string[];
  localBasisBlank: string;
  /** Second line of the trích yếu by document type, with {namHoc} or {nam}. */
  periods: Record<LoaiTaiLieu, string>;
  /** Short words the generator puts between the pieces. */
  words: { time: string; yearRound: string; form: string; inCharge: string; noActivity: string; ongoing: string; blankItem: string };
  targetExamples: string[];
  targetBlank: string;
  resultLine: string;
  groups: TemplateGroup[];
  plan: TemplateDocument;
  report: TemplateDocument;
  signer: string;
  /** The school on the model plans (dots to fill). */
  model: { schools: Record<CapHoc, string>; managingBody: string; commune: string; province: string; principal: string; initials: string };
}

export interface Activity {
  id: string;
  title: string;
  /** Id of a TemplateGroup. */
  group: string;
  time: ActivityTime;
}

export interface PlanInput {
  loai: LoaiTaiLieu;
  tenTruong: string;
  capHoc: CapHoc;
  xaPhuong: string;
  tinhThanh: string;
  coQuanChuQuan: string;
  hieuTruong: string;
  /** null on the model plans: the year is left to fill ("20……"). */
  namHoc: { from: number; to: number } | null;
  soVanBan: string;
  vietTat: string;
  deadlines: { half?: DayOfYear; year?: DayOfYear };
  localBasis: string[];
  targets: string[];
  activities: Activity[];
}

export type FieldErrors = Partial<Record<FieldName | 'hoatDong', string>>;

/**
 * Characters that must not reach a Word file: control characters (a pasted tab or form feed),
 * Unicode noncharacters such as U+FFFE and U+FFFF, and lone surrogates — XML forbids them and
 * LibreOffice refuses the whole file.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}|\p{Surrogate}/gu;

export const stripForbidden = (value: string) => value.replace(FORBIDDEN, '');

/** One line: NFC, forbidden characters dropped, runs of spaces (and line breaks) collapsed. */
const cleanLine = (value: string | undefined) =>
  stripForbidden((value ?? '').normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim();

/** Several lines (a textarea): each line cleaned, empty ones dropped. */
const cleanLines = (value: string | undefined) =>
  stripForbidden((value ?? '').normalize('NFC'))
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

const DAY_MONTH = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;

/** "10/6" or "10/06" → { day: 10, month: 6 }; a day every year has. */
export function parseDayMonth(text: string): DayOfYear | null {
  const match = DAY_MONTH.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const probe = new Date(Date.UTC(2023, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { day, month } : null;
}

/** The school year a date falls in, as the form writes it: from July on, the year that starts in August. */
export function schoolYearOf(date: Date): string {
  const year = date.getFullYear();
  return date.getMonth() >= 6 ? `${year} - ${year + 1}` : `${year - 1} - ${year}`;
}

const MAX_LENGTH = Object.fromEntries(PLAN_FIELDS.filter((f) => 'maxLength' in f).map((f) => [f.name, f.maxLength])) as Record<
  string,
  number
>;
const LABEL = Object.fromEntries(PLAN_FIELDS.map((f) => [f.name, f.label])) as Record<FieldName, string>;

export function validatePlanForm(
  values: PlanFormValues,
  activities: Activity[],
): { ok: true; input: PlanInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const raw = values as Record<string, string | string[]>;
  const v = Object.fromEntries(
    Object.entries(raw).map(([k, x]) => [k, typeof x === 'string' && k !== 'canCuDiaPhuong' && k !== 'chiTieu' ? cleanLine(x) : x]),
  ) as PlanFormValues;
  const loai = v.loai as LoaiTaiLieu;

  for (const [name, max] of Object.entries(MAX_LENGTH)) {
    const length = [...String(raw[name] ?? '')].length;
    if (length > max)
      errors[name as FieldName] = `${LABEL[name as FieldName]} dài quá: tối đa ${max} ký tự, hiện có ${length}. Hãy viết gọn lại.`;
  }
  const need = (name: FieldName, message: string, ok: (value: string) => boolean, bad?: string) => {
    if (errors[name]) return;
    if (!v[name]) errors[name] = message;
    else if (!ok(v[name])) errors[name] = bad ?? message;
  };

  if (!(v.loai in LOAI_TAI_LIEU)) errors.loai = 'Chọn loại văn bản cần tạo.';
  if (!(v.capHoc in CAP_HOC)) errors.capHoc = 'Chọn cấp học của trường.';
  need('tenTruong', 'Nhập tên trường, ví dụ: Trường Mầm non Hoa Sen.', () => true);
  need(
    'coQuanChuQuan',
    'Nhập cơ quan quản lý trực tiếp của trường, ví dụ: Ủy ban nhân dân xã Hoa Sen.',
    (x) => !/phòng\s+(giáo\s+dục|gd)/iu.test(x),
    'Từ ngày 01/7/2025 không còn Phòng Giáo dục và Đào tạo cấp huyện: ghi Ủy ban nhân dân xã, phường nơi trường trực thuộc, ví dụ: Ủy ban nhân dân xã Hoa Sen.',
  );
  need(
    'xaPhuong',
    'Nhập xã, phường nơi trường đóng, ví dụ: xã Hoa Sen.',
    (x) => /^(xã|phường|thị trấn|đặc khu) \S/iu.test(x),
    'Ghi rõ “xã”, “phường” hoặc “đặc khu” trước tên, ví dụ: xã Hoa Sen.',
  );
  need(
    'tinhThanh',
    'Nhập tỉnh, thành phố, ví dụ: thành phố Hà Nội.',
    (x) => /^(tỉnh|thành phố) \S/iu.test(x),
    'Ghi rõ “tỉnh” hoặc “thành phố” trước tên, ví dụ: tỉnh Hưng Yên.',
  );
  need('hieuTruong', 'Nhập họ và tên hiệu trưởng (người ký).', () => true);
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(v.namHoc);
  if (!errors.namHoc && (!years || Number(years[2]) !== Number(years[1]) + 1))
    errors.namHoc = 'Năm học phải có dạng 2026 - 2027 (hai năm liền nhau).';
  if (!errors.soVanBan && v.soVanBan && !/^\d{1,5}$/.test(v.soVanBan))
    errors.soVanBan = 'Số văn bản chỉ gồm chữ số, ví dụ: 15. Để trống nếu chưa lấy số.';
  need(
    'vietTat',
    'Nhập chữ viết tắt tên trường, ví dụ: MNHS.',
    (x) => /^[A-ZĐ0-9]{2,12}$/u.test(x),
    'Chữ viết tắt chỉ gồm chữ in hoa và chữ số, không có dấu cách, ví dụ: MNHS.',
  );
  const deadline = (name: 'hanBaoCao6Thang' | 'hanBaoCaoNam', requiredFor: LoaiTaiLieu, example: string) => {
    if (errors[name]) return undefined;
    const parsed = v[name] ? parseDayMonth(v[name]) : null;
    if (v[name] && !parsed) errors[name] = `Ghi ngày/tháng có thật, ví dụ: ${example}.`;
    else if (!v[name] && loai === requiredFor)
      errors[name] = `Báo cáo kể các hoạt động đến trước hạn gửi: nhập hạn do cơ quan quản lý quy định, ví dụ: ${example}.`;
    return parsed ?? undefined;
  };
  const half = deadline('hanBaoCao6Thang', 'bao-cao-6-thang', '10/6');
  const year = deadline('hanBaoCaoNam', 'bao-cao-nam', '20/11');
  const chosen = activities.filter((a) => v.hoatDong.includes(a.id));
  if (chosen.length === 0) errors.hoatDong = 'Chọn ít nhất một hoạt động trong danh sách.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      loai,
      tenTruong: v.tenTruong,
      capHoc: v.capHoc as CapHoc,
      xaPhuong: v.xaPhuong,
      tinhThanh: v.tinhThanh,
      coQuanChuQuan: v.coQuanChuQuan,
      hieuTruong: v.hieuTruong,
      namHoc: { from: Number(years![1]), to: Number(years![2]) },
      soVanBan: v.soVanBan,
      vietTat: v.vietTat,
      deadlines: { half, year },
      localBasis: loai === 'ke-hoach' ? cleanLines(values.canCuDiaPhuong) : [],
      targets: loai === 'ke-hoach' ? cleanLines(values.chiTieu) : [],
      activities: chosen,
    },
  };
}
