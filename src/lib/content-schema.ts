/**
 * Zod building blocks of the content model. Every string is normalised to NFC at load:
 * Vietnamese pasted from Word is often NFD, which breaks search, sorting and poster glyphs.
 */
import { z } from 'astro/zod';
import { parseViDate } from './dates';
import { isAsciiSlug, toNfc } from './vietnamese';
import { CAP, CHU_DE, DOI_TUONG, LOAI_GHI_CHU, LOAI_VAN_BAN, MUC_DO, TINH_TRANG, keysOf } from './taxonomy';

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

/** A public source a reader can look up; secondary sources (news, Q&A pages) are labelled as such. */
export const sourceRef = () =>
  z.strictObject({
    ten: viText(),
    url: z.url().optional(),
    /** True for a secondary source: shown as "nguồn thứ cấp". */
    thuCap: z.boolean().default(false),
  });

/** A dated update notice (content/ghi-chu/) attached to a page, with what it means for that page. */
export const updateRef = () =>
  z.strictObject({
    ghiChu: slug(),
    /** What the change means for this page, in one or two sentences. */
    noiDung: viText().optional(),
  });

/**
 * A table of figures known only from secondary sources (e.g. targets of a strategy whose
 * text we do not have): always shown under "Theo nguồn thứ cấp, chưa đối chiếu nguyên văn".
 */
export const secondaryTable = () =>
  z
    .strictObject({
      tieuDe: viText(),
      nguon: z.array(sourceRef()).min(1, 'cần ít nhất một nguồn'),
      ghiChu: viText().optional(),
      cot: z.array(viText()).min(2, 'bảng cần ít nhất hai cột'),
      dong: z.array(z.array(viText())).min(1, 'bảng cần ít nhất một dòng'),
    })
    .superRefine((table, ctx) => {
      table.dong.forEach((row, i) => {
        if (row.length !== table.cot.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['dong', i],
            message: `dòng có ${row.length} ô nhưng bảng có ${table.cot.length} cột; mỗi dòng phải có đúng ${table.cot.length} ô`,
          });
        }
      });
    });

/** Years a programme, strategy or plan covers; whether it has ended is computed when the site is built. */
export const period = () =>
  z
    .strictObject({
      tu: z.number().int().min(1945).max(2100).optional(),
      den: z.number().int().min(1945).max(2100),
    })
    .refine((p) => p.tu === undefined || p.tu <= p.den, { message: 'năm bắt đầu (tu) phải trước năm kết thúc (den)', path: ['tu'] });

export const documentSchema = z
  .strictObject({
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
    /** Who says so and when we checked: required for "còn hiệu lực" and "hết hiệu lực". */
    hieuLucTheo: z.strictObject({ ten: viText(), ngayKiemTra: viDate() }).optional(),
    tinhTrangGhiChu: viText().optional(),
    /** Period of a programme, strategy or plan. */
    giaiDoan: period().optional(),
    /** Dated notices of what changed after the document was issued (the verbatim text never changes). */
    capNhat: z.array(updateRef()).default([]),
    canCu: z.array(slug()).default([]),
    nguon: z.array(sourceRef()).min(1, 'cần ít nhất một nguồn'),
    mucDo: z.enum(keysOf(MUC_DO)),
    /** What is missing from a partial text and where the official text can be read. */
    thieu: viText().optional(),
    /** A note shown above the opening lines of the text (title block, căn cứ), e.g. how they were restored. */
    ghiChuMoDau: viText().optional(),
    /** What the project did to the text (removed a Word artefact, joined broken lines…), in plain words. */
    xuLy: viText().optional(),
    /** Figures known only from secondary sources, shown in a labelled table. */
    thuCap: z.array(secondaryTable()).default([]),
    ngayKiemTra: viDate(),
    tomTat: viText(),
    chuDe: z.array(z.enum(keysOf(CHU_DE))).min(1, 'cần ít nhất một chủ đề'),
    /** File in content/nguon/ holding the verbatim text, without extension. */
    vanBanGoc: slug().optional(),
    /** Short name used in lists and diagrams, e.g. "Luật Bình đẳng giới". */
    tenNgan: viText(),
  })
  .superRefine((doc, ctx) => {
    if (doc.tinhTrang !== 'chua-kiem-chung' && !doc.hieuLucTheo) {
      ctx.addIssue({
        code: 'custom',
        path: ['hieuLucTheo'],
        message:
          'tình trạng "còn/hết hiệu lực" phải ghi nguồn và ngày kiểm tra, ví dụ hieuLucTheo: { ten: Bộ Pháp điển điện tử, ngayKiemTra: 22/11/2026 }; nếu chưa có nguồn, ghi tinhTrang: chua-kiem-chung',
      });
    }
    if (doc.vanBanGoc && !doc.xuLy) {
      ctx.addIssue({
        code: 'custom',
        path: ['xuLy'],
        message: 'văn bản có nguyên văn (vanBanGoc) phải nói dự án đã xử lý văn bản thế nào, ví dụ xuLy: "Chép nguyên văn, không sửa chữ."',
      });
    }
  });

export const explainerSchema = z.strictObject({
  title: viText(),
  tomTat: viText(),
  capNhat: z.array(updateRef()).default([]),
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

/** Update notices and verification notes (content/ghi-chu/): the project's own dated words, with sources. */
export const noteSchema = z.strictObject({
  title: viText(),
  loai: z.enum(keysOf(LOAI_GHI_CHU)),
  /** For an update: the day the change took effect. */
  ngay: viDate().optional(),
  /** One or two sentences shown in the box on the pages the notice is attached to. */
  tomTat: viText(),
  nguon: z.array(sourceRef()).min(1, 'cần ít nhất một nguồn'),
  ngayKiemTra: viDate(),
  /** Shown on the home page and the library as a notice for the whole site. */
  toanTrang: z.boolean().default(false),
  /** The compiler's notes files in content/nguon/ this note is written from (provenance). */
  ghiChuGoc: z.array(slug()).default([]),
});

export type DocumentData = z.infer<typeof documentSchema>;
export type NoteData = z.infer<typeof noteSchema>;
export type SourceRef = z.infer<ReturnType<typeof sourceRef>>;
export type SecondaryTable = z.infer<ReturnType<typeof secondaryTable>>;
export type UpdateRef = z.infer<ReturnType<typeof updateRef>>;
export type Citation = z.infer<ReturnType<typeof citation>>;
