/**
 * Content model of the school toolkit: tasks (content/viec-can-lam) and calendar dates
 * (content/lich). Every entry cites the paragraph of a document it comes from, with a
 * verbatim excerpt the build checks against the source text.
 */
import { z } from 'astro/zod';
import { slug, viText } from './content-schema';
import { keysOf } from './taxonomy';

/** Times of the school year tasks are grouped by, in the order they come. */
export const GIAI_DOAN = {
  'dau-nam': 'Đầu năm học (tháng 8 – tháng 10)',
  'thang-11-12': 'Tháng 11 – tháng 12: báo cáo năm và Tháng hành động',
  'hoc-ky-2': 'Học kỳ II (tháng 1 – tháng 5)',
  'cuoi-nam': 'Cuối năm học (tháng 6)',
  'ca-nam': 'Thường xuyên trong năm học',
} as const;
export type GiaiDoan = keyof typeof GIAI_DOAN;

/** Months each time of the school year spans (the project's suggestion, as the labels say). */
export const GIAI_DOAN_THANG: Record<GiaiDoan, [number, number] | null> = {
  'dau-nam': [8, 10],
  'thang-11-12': [11, 12],
  'hoc-ky-2': [1, 5],
  'cuoi-nam': [6, 6],
  'ca-nam': null,
};

export const LOAI_NGAY = {
  'ngay-ky-niem': 'Ngày kỷ niệm',
  'dot-hoat-dong': 'Đợt hoạt động',
  'han-bao-cao': 'Hạn báo cáo',
} as const;

/** Anchor of a paragraph on a document page (see lib/outline.ts) or its editor's note. */
export const PARAGRAPH_ID = /^(muc(-\d+)+(-(gach|doan)-\d+)?|ghi-chu-bien-tap)$/;

export const paragraphCitation = () =>
  z.strictObject({
    vanBan: slug(),
    doan: z.string().regex(PARAGRAPH_ID, 'đoạn phải là mã neo trên trang văn bản, ví dụ "muc-1-gach-3", "muc-3-5" hoặc "ghi-chu-bien-tap"'),
    /** Verbatim words of that paragraph; the build fails if they are not in it. */
    trichDan: viText(),
  });
export type ParagraphCitation = z.infer<ReturnType<typeof paragraphCitation>>;

/** A day of the year, "dd/mm" (29/02 is refused: it does not recur every year). */
export const dayOfYear = () =>
  z.string().refine((value) => parseDayOfYear(value) !== null, 'ngày phải có dạng dd/mm và có ở mọi năm, ví dụ "08/03"');

export function parseDayOfYear(value: string): { day: number; month: number } | null {
  const match = /^(\d{2})\/(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const probe = new Date(Date.UTC(2023, month - 1, day)); // 2023: not a leap year
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { day, month } : null;
}

export const taskSchema = z.strictObject({
  /** What the school does, in the project's words (the citation carries the official words). */
  tieuDe: viText(),
  giaiDoan: z.enum(keysOf(GIAI_DOAN)),
  /** Dates the sources give for the task ("từ 15/11 đến 15/12"); otherwise the months of its time of year. */
  thoiGian: z.strictObject({ tu: dayOfYear(), den: dayOfYear().optional() }).optional(),
  /** Group of the generated plan (an id in content/mau-van-ban/ke-hoach-bao-cao.yaml, nhomViec). */
  nhom: slug(),
  thuTu: z.number().int().default(100),
  nguon: z.array(paragraphCitation()).min(1, 'mỗi việc phải dẫn ít nhất một đoạn văn bản'),
});

export const calendarEventSchema = z.strictObject({
  tieuDe: viText(),
  ngay: dayOfYear(),
  /** Last day of a period (inclusive), e.g. the Action Month ends 15/12. */
  denNgay: dayOfYear().optional(),
  loai: z.enum(keysOf(LOAI_NGAY)),
  /** What the school can do on that date, in the project's words. */
  moTa: viText(),
  /** A reminder on the phone before the first day, at 08:00. */
  nhac: z
    .strictObject({
      truocNgay: z.number().int().min(1, 'nhắc trước ít nhất 1 ngày').max(60, 'nhắc trước nhiều nhất 60 ngày'),
      /** What the reminder says. */
      noiDung: viText(),
    })
    .optional(),
  nguon: z.array(paragraphCitation()).min(1, 'mỗi ngày phải dẫn ít nhất một đoạn văn bản'),
});

/** A model plan: the project's note on what each section must contain and why. */
export const modelPlanSchema = z.strictObject({
  vanBan: slug(),
  gioiThieu: viText(),
  muc: z
    .array(
      z.strictObject({
        /** Anchor of the section heading on the document page, e.g. "muc-3". */
        doan: z.string().regex(/^muc-\d+$/, 'mục phải là mã neo của một đề mục La Mã, ví dụ "muc-3"'),
        canCo: viText(),
        viSao: viText(),
        nguon: z.array(paragraphCitation()).min(1, 'ghi chú của dự án phải dẫn ít nhất một đoạn văn bản'),
      }),
    )
    .min(1),
});
