/**
 * Builds the administrative document (header, căn cứ, sections, Nơi nhận, signature) of a school
 * plan or one of its two reports from checked form values and the wording of content/mau-van-ban/
 * (a PlanTemplate). The same function builds the model plans shown on the site. Kept apart from
 * the form checks so the page's first script stays small: this part loads with the docx code.
 */
import { reportedIn, nextStart } from './activity-time';
import type { CapHoc } from './plan-fields';
import type { Placeholder } from './plan-template-schema';
import type { DayOfYear } from './ics';
import type { Activity, Cite, PlanInput, PlanTemplate, TemplateBlock } from './plan';

/** "10/6": day and month as written in the Hồng Dương plan and in everyday administrative text. */
export const dayMonthLabel = (d: DayOfYear) => `${d.day}/${d.month}`;

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
