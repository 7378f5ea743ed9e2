/**
 * Turns the wording of content/mau-van-ban/ (validated by planTemplateSchema) into the
 * PlanTemplate the generator uses, and tasks into Activities. Pure: the build resolves căn cứ
 * lines and citations against the library; tests pass simpler resolvers.
 */
import type { ContentProblem } from './content-error';
import { datedTime, monthsTime, YEAR_ROUND, type ActivityTime } from './activity-time';
import { PLACEHOLDERS, type BasisRef, type PlanTemplateData } from './plan-template-schema';
import { GIAI_DOAN_THANG, parseDayOfYear, type GiaiDoan } from './toolkit-schema';
import type { Activity, Cite, PlanTemplate, TemplateBlock, TemplateDocument } from './plan';

export interface TemplateResolvers {
  /** "Căn cứ …;" lines of the library documents, in order. */
  basisLines(slugs: string[]): Promise<string[]>;
  /** A cited article or paragraph as a link; `field` names where it is cited, for error messages. */
  cite(ref: BasisRef, field: string): Promise<Cite>;
}

/** Every `{name}` used in a text must be one the generator fills. */
export function placeholderProblems(value: unknown, file: string, field = ''): ContentProblem[] {
  if (typeof value === 'string') {
    return [...value.matchAll(/\{([^}]*)\}/g)]
      .map((match) => match[1]!)
      .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name))
      .map((name) => ({
        file,
        field,
        problem: `chỗ điền tự động "{${name}}" không có.`,
        fix: `dùng một trong các chỗ điền: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`,
      }));
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholderProblems(item, file, `${field}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => placeholderProblems(item, file, field ? `${field}.${key}` : key));
  return [];
}

type TextBlockData = PlanTemplateData['nhomViec'][number]['noiDung'][number];

export async function toPlanTemplate(data: PlanTemplateData, resolvers: TemplateResolvers): Promise<PlanTemplate> {
  const cites = async (refs: BasisRef[] | undefined, field: string) =>
    refs ? Promise.all(refs.map((ref, i) => resolvers.cite(ref, `${field}[${i}]`))) : undefined;
  const textBlock = async (block: TextBlockData, field: string): Promise<Extract<TemplateBlock, { kind: 'subheading' | 'paragraph' }>> => ({
    kind: block.muc ? 'subheading' : 'paragraph',
    text: (block.muc ?? block.doan)!,
    levels: block.cap,
    suggestion: block.goiY,
    cites: await cites(block.canCu, `${field}.canCu`),
  });
  const document = async (doc: PlanTemplateData['keHoach'], field: string): Promise<TemplateDocument> => ({
    kind: doc.tenLoai,
    subject: doc.trichYeu,
    addressee: doc.kinhGui,
    opening: doc.moDau,
    basisNote: doc.viSaoCanCu,
    sections: await Promise.all(
      doc.phan.map(async (section, i) => ({
        id: section.id,
        heading: section.tieuDe,
        why: section.viSao,
        cites: await cites(section.canCu, `${field}.phan[${i}].canCu`),
        blocks: await Promise.all(
          section.noiDung.map((block, j) =>
            'sinh' in block ? ({ kind: 'generated', what: block.sinh } as const) : textBlock(block, `${field}.phan[${i}].noiDung[${j}]`),
          ),
        ),
      })),
    ),
    closing: doc.ketThuc,
    recipients: doc.noiNhan,
  });
  return {
    learners: data.nguoiHoc,
    girls: data.nguoiHocNu,
    basis: await resolvers.basisLines(data.canCu.vanBan),
    localBasisBlank: data.canCu.dongDiaPhuong,
    periods: { 'ke-hoach': data.ky.keHoach, 'bao-cao-6-thang': data.ky.baoCao6Thang, 'bao-cao-nam': data.ky.baoCaoNam },
    words: {
      time: data.loiPhu.thoiGian,
      yearRound: data.loiPhu.thuongXuyen,
      form: data.loiPhu.hinhThuc,
      inCharge: data.loiPhu.phuTrach,
      noActivity: data.loiPhu.khongCoHoatDong,
      ongoing: data.loiPhu.tiepTuc,
      blankItem: data.loiPhu.dongTrong,
    },
    targetExamples: data.chiTieuViDu,
    targetBlank: data.chiTieuTrong,
    resultLine: data.dongKetQua,
    groups: await Promise.all(
      data.nhomViec.map(async (group, i) => ({
        id: group.id,
        title: group.tieuDe,
        form: group.hinhThuc,
        cites: await cites(group.canCu, `nhomViec[${i}].canCu`),
        blocks: await Promise.all(group.noiDung.map((block, j) => textBlock(block, `nhomViec[${i}].noiDung[${j}]`))),
        reporting: group.laBaoCao,
      })),
    ),
    plan: await document(data.keHoach, 'keHoach'),
    report: await document(data.baoCao, 'baoCao'),
    signer: data.nguoiKy,
    model: {
      schools: data.keHoachMau.tenTruong,
      managingBody: data.keHoachMau.coQuanChuQuan,
      commune: data.keHoachMau.xaPhuong,
      province: data.keHoachMau.tinhThanh,
      principal: data.keHoachMau.hieuTruong,
      initials: data.keHoachMau.vietTat,
    },
  };
}

export interface TaskData {
  id: string;
  tieuDe: string;
  giaiDoan: GiaiDoan;
  thoiGian?: { tu: string; den?: string };
  nhom: string;
  thuTu: number;
}

/** When a task happens: the dates its sources give, else the months of its time of the school year. */
export function activityTime(task: Pick<TaskData, 'giaiDoan' | 'thoiGian'>): ActivityTime {
  if (task.thoiGian)
    return datedTime(parseDayOfYear(task.thoiGian.tu)!, task.thoiGian.den ? parseDayOfYear(task.thoiGian.den)! : undefined);
  const months = GIAI_DOAN_THANG[task.giaiDoan];
  return months ? monthsTime(months[0], months[1]) : YEAR_ROUND;
}

const PHASE_ORDER: GiaiDoan[] = ['dau-nam', 'thang-11-12', 'hoc-ky-2', 'cuoi-nam', 'ca-nam'];

/** Tasks as activities of the school year, in the order of the year. */
export function toActivities(tasks: TaskData[]): Activity[] {
  return [...tasks]
    .sort((a, b) => PHASE_ORDER.indexOf(a.giaiDoan) - PHASE_ORDER.indexOf(b.giaiDoan) || a.thuTu - b.thuTu || a.id.localeCompare(b.id))
    .map((task) => ({ id: task.id, title: task.tieuDe, group: task.nhom, time: activityTime(task) }));
}
