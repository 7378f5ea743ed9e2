/**
 * Content model of the wording of the generated plan and reports (content/mau-van-ban/): one
 * source for the .docx, the model plans on the site and the suggestions shown in the form.
 */
import { z } from 'astro/zod';
import { citation, slug, viText } from './content-schema';
import { paragraphCitation } from './toolkit-schema';
import { CAP_HOC, type CapHoc } from './plan-fields';
import { keysOf } from './taxonomy';

/** Placeholders a text may contain, filled from the form (see the header of the YAML file). */
export const PLACEHOLDERS = [
  'truong',
  'nguoiHoc',
  'nguoiHocNu',
  'namHoc',
  'nam',
  'ky',
  'coQuan',
  'diaBan',
  'vietTat',
  'hanBaoCao6Thang',
  'hanBaoCaoNam',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What a block, a section or a group rests on: an article of a law or decree, or a paragraph of a document. */
export const basisRef = () => z.union([paragraphCitation(), citation().strict()]);
export type BasisRef = z.infer<ReturnType<typeof basisRef>>;

const levels = () => z.array(z.enum(keysOf(CAP_HOC))).min(1, 'ghi ít nhất một cấp học: mam-non, tieu-hoc, thcs');

const textBlock = z
  .strictObject({
    /** A numbered sub-heading, e.g. "1. Mục đích". */
    muc: viText().optional(),
    /** A paragraph; a list item starts with "- ". */
    doan: viText().optional(),
    /** Only for these levels. */
    cap: levels().optional(),
    /** The project's suggestion: labelled as such in the form and on the model plan. */
    goiY: z.boolean().optional(),
    canCu: z.array(basisRef()).optional(),
  })
  .refine((block) => Boolean(block.muc) !== Boolean(block.doan), 'mỗi khối lời có đúng một trong hai trường "muc" hoặc "doan"');

const GENERATED = ['chi-tieu', 'noi-dung', 'ket-qua', 'phuong-huong'] as const;
const generatedBlock = z.strictObject({
  /** Made from the form: the school's targets, the activities by group, the report's results and next steps. */
  sinh: z.enum(GENERATED),
});

const section = z.strictObject({
  id: slug(),
  /** Upper-case title without its number: "MỤC ĐÍCH, YÊU CẦU" (the Roman number is added). */
  tieuDe: viText(),
  /** The project's note on the model plan: why the section is there. */
  viSao: viText().optional(),
  canCu: z.array(basisRef()).optional(),
  noiDung: z.array(z.union([generatedBlock, textBlock])).min(1),
});

const byLevel = () => z.strictObject({ 'mam-non': viText(), 'tieu-hoc': viText(), thcs: viText() });

const document = z.strictObject({
  /** Tên loại: "KẾ HOẠCH", "BÁO CÁO". */
  tenLoai: viText(),
  /** Trích yếu, without the period (added on its own line). */
  trichYeu: viText(),
  /** "Kính gửi" line of a report sent up (Phụ lục I, Nghị định 30/2020/NĐ-CP). */
  kinhGui: viText().optional(),
  moDau: viText(),
  /** Note on the căn cứ lines, for the model plan. */
  viSaoCanCu: viText().optional(),
  phan: z.array(section).min(1),
  ketThuc: viText(),
  noiNhan: z.array(viText()).min(1),
});

export const planTemplateSchema = z.strictObject({
  nguoiHoc: byLevel(),
  nguoiHocNu: byLevel(),
  canCu: z.strictObject({
    /** Library documents cited at the top of a plan, in this order. */
    vanBan: z.array(slug()).min(1),
    /** Line left to fill when the school names no local document. */
    dongDiaPhuong: viText(),
  }),
  ky: z.strictObject({ keHoach: viText(), baoCao6Thang: viText(), baoCaoNam: viText() }),
  loiPhu: z.strictObject({
    thoiGian: viText(),
    thuongXuyen: viText(),
    hinhThuc: viText(),
    phuTrach: viText(),
    khongCoHoatDong: viText(),
    tiepTuc: viText(),
    dongTrong: viText(),
  }),
  chiTieuViDu: z.array(viText()).min(1),
  chiTieuTrong: viText(),
  dongKetQua: viText(),
  nhomViec: z
    .array(
      z.strictObject({
        id: slug(),
        tieuDe: viText(),
        hinhThuc: viText().optional(),
        canCu: z.array(basisRef()).optional(),
        /** Content of the group that is not a task: suggestions by level. */
        noiDung: z.array(textBlock).default([]),
        /** The reporting tasks: not listed as content, they make the reporting section. */
        laBaoCao: z.boolean().optional(),
      }),
    )
    .min(1),
  keHoach: document,
  baoCao: document,
  nguoiKy: viText(),
  /** The school on the model plans: dots for the school to fill. */
  keHoachMau: z.strictObject({
    tenTruong: byLevel(),
    coQuanChuQuan: viText(),
    xaPhuong: viText(),
    tinhThanh: viText(),
    hieuTruong: viText(),
    vietTat: viText(),
  }),
});
export type PlanTemplateData = z.infer<typeof planTemplateSchema>;
export type { CapHoc };
