/**
 * Zod building blocks of the content model. Every string is normalised to NFC at load:
 * Vietnamese pasted from Word is often NFD, which breaks search, sorting and poster glyphs.
 */
import { z } from 'astro/zod';
import { parseViDate } from './dates';
import { isAsciiSlug, toNfc } from './vietnamese';
import { CAP, CHU_DE, DOI_TUONG, LOAI_VAN_BAN, MUC_DO, TINH_TRANG, keysOf } from './taxonomy';

export const viText = () => z.string().trim().min(1, 'không được để trống').transform(toNfc);

export const slug = () =>
  z.string().refine(isAsciiSlug, 'slug chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "luat-binh-dang-gioi-2006"');

const VI_DATE_MESSAGE = 'ngày phải có dạng dd/mm/yyyy và là ngày có thật, ví dụ "29/11/2006"';

/**
 * A dd/mm/yyyy date kept as text. YAML turns an unquoted 2006-11-29 into a Date object,
 * so a Date is accepted by the type and then rejected with the same clear message.
 */
export const viDate = () =>
  z
    .union([z.string(), z.date()])
    .refine((value): value is string => typeof value === 'string' && parseViDate(value) !== null, VI_DATE_MESSAGE)
    .transform((value) => value as string);

/** A citation of a document, optionally down to an article and clause. */
export const citation = () =>
  z.strictObject({
    vanBan: slug(),
    dieu: z.number().int().positive().optional(),
    khoan: z.number().int().positive().optional(),
  });

export const sourceRef = () =>
  z.strictObject({
    ten: viText(),
    url: z.url().optional(),
  });

export const documentSchema = z.strictObject({
  title: viText(),
  slug: slug(),
  /** null for a document that has no number (some school plans). */
  soHieu: viText().nullable(),
  loai: z.enum(keysOf(LOAI_VAN_BAN)),
  coQuan: viText(),
  cap: z.enum(keysOf(CAP)),
  /** null when the date is not known from any source. */
  ngayBanHanh: viDate().nullable(),
  ngayHieuLuc: viDate().optional(),
  tinhTrang: z.enum(keysOf(TINH_TRANG)),
  tinhTrangGhiChu: viText().optional(),
  canCu: z.array(slug()).default([]),
  nguon: z.array(sourceRef()).min(1, 'cần ít nhất một nguồn'),
  mucDo: z.enum(keysOf(MUC_DO)),
  /** What is missing from a partial text and where the official text can be read. */
  thieu: viText().optional(),
  ngayKiemTra: viDate(),
  tomTat: viText(),
  chuDe: z.array(z.enum(keysOf(CHU_DE))).min(1, 'cần ít nhất một chủ đề'),
  /** File in content/nguon/ holding the verbatim text, without extension. */
  vanBanGoc: slug().optional(),
  /** Short name used in lists and diagrams, e.g. "Luật Bình đẳng giới". */
  tenNgan: viText(),
});

export const explainerSchema = z.strictObject({
  title: viText(),
  tomTat: viText(),
  doiTuong: z.array(z.enum(keysOf(DOI_TUONG))).min(1),
  chuDe: z.array(z.enum(keysOf(CHU_DE))).min(1),
  canCu: z.array(citation()).min(1, 'bài hướng dẫn phải dẫn ít nhất một điều luật hoặc văn bản'),
  ngayKiemTra: viDate(),
  thuTu: z.number().int().default(100),
});

export const glossarySchema = z.strictObject({
  thuatNgu: viText(),
  /** The clause that defines the term; its text is taken verbatim from the source. */
  dinhNghia: citation().required({ dieu: true, khoan: true }),
  giaiThich: viText().optional(),
});

export const questionSchema = z.strictObject({
  cauHoi: viText(),
  canCu: z.array(citation()).min(1, 'câu trả lời phải dẫn ít nhất một điều luật hoặc văn bản'),
  thuTu: z.number().int().default(100),
});

export type DocumentData = z.infer<typeof documentSchema>;
export type Citation = z.infer<ReturnType<typeof citation>>;
