/**
 * The plan generator's logic, free of any browser or docx code: checks the form values and
 * turns them, with the wording of content/mau-van-ban/ (a PlanTemplate), into an administrative
 * document (header, căn cứ, sections, Nơi nhận, signature) for a school plan or one of its two
 * reports. The same function builds the model plans shown on the site.
 */
import { reportedIn, nextStart, type ActivityTime } from './activity-time';
import type { DayOfYear } from './ics';
import { CAP_HOC, LOAI_TAI_LIEU, PLAN_FIELDS, type CapHoc, type FieldName, type LoaiTaiLieu, type PlanFormValues } from './plan-fields';
import type { Placeholder } from './plan-template-schema';

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

/** "10/6": day and month as written in the Hồng Dương plan and in everyday administrative text. */
export const dayMonthLabel = (d: DayOfYear) => `${d.day}/${d.month}`;

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

/** The model plan of a level: every activity, the school's details left as dots, no year. */
export function modelPlanInput(template: PlanTemplate, capHoc: CapHoc, activities: Activity[]): PlanInput {
  const m = template.model;
  return {
    loai: 'ke-hoach',
    tenTruong: m.schools[capHoc],
    capHoc,
    xaPhuong: m.commune,
    tinhThanh: m.province,
    coQuanChuQuan: m.managingBody,
    hieuTruong: m.principal,
    namHoc: null,
    soVanBan: '',
    vietTat: m.initials,
    deadlines: {},
    localBasis: [],
    targets: [],
    activities,
  };
}

export interface Block {
  kind: 'heading' | 'subheading' | 'paragraph';
  text: string;
  /** Id of the template section the block belongs to (the model plan annotates by section). */
  section: string;
  suggestion?: boolean;
  cites?: Cite[];
}

/** An administrative document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export interface AdminDocument {
  managingBody: string;
  issuer: string;
  /** "Số: 15/KH-MNHD". */
  number: string;
  /** "Hồng Dương, ngày …… tháng …… năm 2026". */
  placeDate: string;
  title: string;
  /** Trích yếu, one entry per line (the period on its own line so it never breaks). */
  subtitle: string[];
  /** "Kính gửi: …" of a report. */
  addressee?: string;
  /** Căn cứ lines (italic). */
  basis: string[];
  blocks: Block[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  fileName: string;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');
/** Địa danh: the commune's proper name without "xã"/"phường" (Phụ lục I, Nghị định 30/2020/NĐ-CP). */
const placeName = (xaPhuong: string) => xaPhuong.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, '');
const BLANK = '……';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

function fill(text: string, vars: Record<Placeholder, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? vars[name as Placeholder] : whole));
}

/** "… (15/11 – 15/12)" → "…": the time is written after the title from the activity's own dates. */
const titleWithoutDates = (title: string) => title.replace(/\s*\([^()]*\d[^()]*\)$/, '');
const sentence = (text: string) => (/[.;:!?]$/.test(text) ? text : `${text}.`);
const listItem = (text: string) => (text.startsWith('- ') ? text : `- ${text}`);

/** Year of the document: a plan is dated at the start of its school year, the 6-month report in its second calendar year. */
function documentYear(input: PlanInput): string {
  if (!input.namHoc) return '20……';
  return String(input.loai === 'bao-cao-6-thang' ? input.namHoc.to : input.namHoc.from);
}

export function buildAdminDocument(input: PlanInput, template: PlanTemplate): AdminDocument {
  const isPlan = input.loai === 'ke-hoach';
  const doc = isPlan ? template.plan : template.report;
  const year = documentYear(input);
  const vars: Record<Placeholder, string> = {
    truong: input.tenTruong,
    nguoiHoc: template.learners[input.capHoc],
    nguoiHocNu: template.girls[input.capHoc],
    namHoc: input.namHoc ? `${input.namHoc.from} - ${input.namHoc.to}` : '20…… - 20……',
    nam: year,
    ky: '',
    coQuan: input.coQuanChuQuan,
    diaBan: `${input.xaPhuong}, ${input.tinhThanh}`,
    vietTat: input.vietTat,
    hanBaoCao6Thang: input.deadlines.half ? dayMonthLabel(input.deadlines.half) : BLANK,
    hanBaoCaoNam: input.deadlines.year ? dayMonthLabel(input.deadlines.year) : BLANK,
  };
  const ky = fill(template.periods[input.loai], vars);
  vars.ky = ky;
  const words = template.words;
  const forLevel = (block: { levels?: CapHoc[] }) => !block.levels || block.levels.includes(input.capHoc);
  const groups = template.groups.filter((g) => !g.reporting);
  const groupOf = (id: string) => groups.find((g) => g.id === id);
  const activities = input.activities.filter((a) => groupOf(a.group));
  const reportYear = input.namHoc ? Number(year) : 0;
  const deadline = input.loai === 'bao-cao-6-thang' ? input.deadlines.half : input.deadlines.year;
  const reported = activities.filter((a) => !isPlan && deadline && reportedIn(a.time, reportYear, deadline));
  const timeLabel = (a: Activity) => (a.time.yearRound ? words.yearRound : a.time.label);
  const activityLine = (a: Activity) => `${titleWithoutDates(a.title)} (${timeLabel(a)})`;

  const blocks: Block[] = [];
  const push = (section: string, kind: Block['kind'], text: string, extra: Partial<Block> = {}) =>
    blocks.push({ kind, text: fill(text, vars), section, ...extra });

  function generate(section: string, what: Extract<TemplateBlock, { kind: 'generated' }>['what']) {
    if (what === 'chi-tieu') {
      const lines =
        input.targets.length > 0
          ? input.targets.map((t) => listItem(sentence(t)))
          : [template.targetBlank, template.targetBlank, template.targetBlank];
      for (const line of lines) push(section, 'paragraph', line);
    } else if (what === 'noi-dung') {
      let n = 0;
      for (const group of groups) {
        const own = activities.filter((a) => a.group === group.id);
        const extra = group.blocks.filter(forLevel);
        if (own.length === 0 && extra.length === 0) continue;
        push(section, 'subheading', `${++n}. ${group.title}`, { cites: group.cites });
        for (const a of own) push(section, 'paragraph', `- ${sentence(`${titleWithoutDates(a.title)} (${words.time}: ${timeLabel(a)})`)}`);
        for (const b of extra) push(section, b.kind, b.text, { suggestion: b.suggestion, cites: b.cites });
        if (group.form) push(section, 'paragraph', `${words.form} ${group.form}`, { cites: group.cites });
        push(section, 'paragraph', words.inCharge);
      }
    } else if (what === 'ket-qua') {
      if (reported.length === 0) push(section, 'paragraph', words.noActivity);
      let n = 0;
      for (const group of groups) {
        const own = reported.filter((a) => a.group === group.id);
        if (own.length === 0) continue;
        push(section, 'paragraph', `${LETTERS[n++]}) ${group.title}`);
        for (const a of own) {
          push(section, 'paragraph', `- ${sentence(activityLine(a))}`);
          push(section, 'paragraph', template.resultLine);
        }
      }
    } else {
      const later = activities
        .filter((a) => !reported.includes(a) && !a.time.yearRound)
        .map((a) => ({ a, at: nextStart(a.time, reportYear, deadline ?? { day: 31, month: 12 }) }))
        .sort((x, y) => x.at - y.at)
        .map(({ a }) => a);
      for (const a of later) push(section, 'paragraph', `- ${sentence(activityLine(a))}`);
      if (activities.some((a) => a.time.yearRound)) push(section, 'paragraph', words.ongoing);
      push(section, 'paragraph', words.blankItem);
    }
  }

  doc.sections.forEach((section, i) => {
    blocks.push({ kind: 'heading', text: `${ROMAN[i]}. ${fill(section.heading, vars)}`, section: section.id, cites: section.cites });
    for (const block of section.blocks) {
      if (block.kind === 'generated') generate(section.id, block.what);
      else if (forLevel(block)) push(section.id, block.kind, block.text, { suggestion: block.suggestion, cites: block.cites });
    }
  });
  blocks.push({ kind: 'paragraph', text: fill(doc.closing, vars), section: 'ket-thuc' });

  const localBasis = input.localBasis.map((line) => `Căn cứ ${line.replace(/^căn cứ\s+/iu, '').replace(/[.;,:\s]+$/, '')};`);
  const code = isPlan ? 'KH' : 'BC';
  const number = input.soVanBan ? input.soVanBan.padStart(2, '0') : '\u00a0'.repeat(6);
  return {
    managingBody: upper(input.coQuanChuQuan),
    issuer: upper(input.tenTruong),
    number: `Số: ${number}/${code}-${input.vietTat}`,
    placeDate: `${placeName(input.xaPhuong)}, ngày …… tháng …… năm ${year}`,
    title: doc.kind,
    subtitle: [fill(doc.subject, vars), ky],
    addressee: doc.addressee && `Kính gửi: ${fill(doc.addressee, vars)}`,
    basis: isPlan ? [...template.basis, ...(localBasis.length > 0 ? localBasis : [fill(template.localBasisBlank, vars)])] : [],
    blocks: [{ kind: 'paragraph', text: fill(doc.opening, vars), section: 'mo-dau' }, ...blocks],
    recipients: doc.recipients.map((r) => `- ${fill(r, vars)}`),
    signerTitle: template.signer,
    signerName: input.hieuTruong,
    fileName: `${isPlan ? 'ke-hoach' : input.loai}-binh-dang-gioi-${input.vietTat.toLowerCase().replace(/đ/g, 'd')}-${
      isPlan && input.namHoc ? `${input.namHoc.from}-${input.namHoc.to}` : year
    }.docx`,
  };
}
