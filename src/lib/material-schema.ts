/**
 * Content model of communication materials (content/an-pham/*.yaml). Unlike other collections,
 * material text is rejected, not silently normalised, when it is NFD: it is set in type for
 * print, and the author should fix the file they will reuse elsewhere.
 */
import { z } from 'astro/zod';
import { citation, slug, viText } from './content-schema';
import { keysOf } from './taxonomy';

export const LOAI_AN_PHAM = {
  'ap-phich': 'Áp-phích',
  'pa-no': 'Pa-nô',
  'bang-ron': 'Băng rôn',
  standee: 'Standee',
  'to-roi': 'Tờ rơi',
} as const;

/** Sizes each kind of material may use (ids of PRINT_FORMATS). */
export const KHO_THEO_LOAI: Record<keyof typeof LOAI_AN_PHAM, string[]> = {
  'ap-phich': ['a4', 'a3'],
  'pa-no': ['pa-no-300x100'],
  'bang-ron': ['bang-ron-500x80'],
  standee: ['standee-60x160'],
  'to-roi': ['to-roi-a4-gap-ba'],
};

export const DIP = {
  'thang-hanh-dong': 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới (15/11–15/12)',
  'ngay-8-3': 'Ngày Quốc tế Phụ nữ 8/3',
  'ngay-28-6': 'Ngày Gia đình Việt Nam 28/6',
  'nam-hoc': 'Suốt năm học',
} as const;

/** Short occasion labels printed as the kicker of a material. */
export const DIP_NGAN: Record<keyof typeof DIP, string> = {
  'thang-hanh-dong': 'Tháng hành động vì bình đẳng giới 15/11–15/12',
  'ngay-8-3': 'Ngày Quốc tế Phụ nữ 8/3',
  'ngay-28-6': 'Ngày Gia đình Việt Nam 28/6',
  'nam-hoc': 'Bình đẳng giới trong trường học',
};

export const CHU_DE_AN_PHAM = {
  'nguyen-tac': 'Nguyên tắc bình đẳng giới',
  'giao-duc': 'Bình đẳng giới trong giáo dục',
  'bao-luc-gioi': 'Phòng ngừa bạo lực trên cơ sở giới ở trường',
  'gia-dinh': 'Bình đẳng giới trong gia đình',
  'nam-gioi': 'Nam giới đồng hành',
  'dinh-kien': 'Xoá định kiến giới',
} as const;

const isNfc = (value: string) => value === value.normalize('NFC');

/** Print text: must already be NFC (Unicode dựng sẵn). */
export const printText = () =>
  z
    .string()
    .trim()
    .min(1, 'không được để trống')
    .refine(isNfc, 'chữ ở dạng tổ hợp NFD (dấu tách rời chữ cái). Cách sửa: gõ lại hoặc lưu tệp ở dạng Unicode dựng sẵn (NFC).');

export const materialSchema = z.strictObject({
  slug: slug(),
  loai: z.enum(keysOf(LOAI_AN_PHAM)),
  kichThuoc: z.string(),
  huong: z.enum(['doc', 'ngang']),
  mau: z.string(),
  chuDeMau: z.string(),
  dip: z.enum(keysOf(DIP)),
  chuDe: z.array(z.enum(keysOf(CHU_DE_AN_PHAM))).min(1, 'cần ít nhất một chủ đề'),
  tieuDe: printText(),
  khauHieu: printText().optional(),
  diemChinh: z.array(printText()).default([]),
  keuGoi: printText().optional(),
  /** One or two sentences for the gallery and the page: what the material is for. */
  moTa: viText(),
  canCu: z.array(citation()).min(1, 'ấn phẩm phải dẫn ít nhất một điều luật'),
  thuTu: z.number().int().default(100),
});

export type MaterialData = z.infer<typeof materialSchema>;
