/**
 * Content model of communication materials (content/an-pham/*.yaml). Unlike other collections,
 * material text is rejected, not silently normalised, when it is NFD: it is set in type for
 * print, and the author should fix the file they will reuse elsewhere.
 */
import { z } from 'astro/zod';
import { PRINT_FORMATS, type PrintFormatId } from '../materials/formats';
import { TEMPLATES, THEMES } from '../materials/templates/index';
import { citation, slug, viText } from './content-schema';
import { keysOf } from './taxonomy';
import { BIND_MARK, NBSP } from '../materials/templates/bind';
import { TONG_DAI_111, TONG_DAI_111_CAN_CU } from '../materials/templates/hotline';

export const LOAI_AN_PHAM = {
  'ap-phich': 'Áp-phích',
  'pa-no': 'Pa-nô',
  'bang-ron': 'Băng rôn',
  standee: 'Standee',
  'to-roi': 'Tờ rơi',
} as const;

/** Sizes each kind of material may use. */
export const KHO_THEO_LOAI: Record<keyof typeof LOAI_AN_PHAM, PrintFormatId[]> = {
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

/**
 * Print text: must already be NFC (Unicode dựng sẵn). The author's "~" (keep two words on one
 * line, see materials/templates/bind.ts) becomes a no-break space, on pages and in print.
 */
export const printText = () =>
  z
    .string()
    .trim()
    .min(1, 'không được để trống')
    .refine(isNfc, 'chữ ở dạng tổ hợp NFD (dấu tách rời chữ cái). Cách sửa: gõ lại hoặc lưu tệp ở dạng Unicode dựng sẵn (NFC).')
    .transform((text) => text.replaceAll(BIND_MARK, NBSP));

/** An enum of the ids a table defines, with a Vietnamese message listing them. */
function oneOf<T extends string>(what: string, ids: readonly T[]) {
  return z.enum(ids as [T, ...T[]], {
    error: (issue) => `không có ${what} "${String(issue.input)}". Cách sửa: dùng một trong: ${ids.join(', ')}.`,
  });
}

const ids = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

export const materialSchema = z
  .object({
    slug: slug(),
    loai: z.enum(keysOf(LOAI_AN_PHAM)),
    /** The size also fixes the orientation (PRINT_FORMATS). */
    kichThuoc: oneOf('khổ', ids(PRINT_FORMATS)),
    mau: oneOf('mẫu', ids(TEMPLATES)),
    chuDeMau: oneOf('bộ màu', ids(THEMES)),
    dip: z.enum(keysOf(DIP)),
    chuDe: z.array(z.enum(keysOf(CHU_DE_AN_PHAM))).min(1, 'cần ít nhất một chủ đề'),
    tieuDe: printText(),
    khauHieu: printText().optional(),
    diemChinh: z.array(printText()).default([]),
    keuGoi: printText().optional(),
    /** One or two sentences for the gallery and the page: what the material is for. */
    moTa: viText(),
    canCu: z.array(citation()).min(1, 'ấn phẩm phải dẫn ít nhất một điều luật'),
    /** Prints the Tổng đài 111 card (fixed wording, materials/templates/hotline.ts); needs its citations. */
    tongDai111: z.boolean().default(false),
    thuTu: z.number().int().default(100),
  })
  .strict()
  .superRefine((data, ctx) => {
    // Combinations the enums cannot express: kind ↔ size ↔ template, and room for the points.
    const sizes = KHO_THEO_LOAI[data.loai];
    if (!sizes.includes(data.kichThuoc)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kichThuoc'],
        message: `${LOAI_AN_PHAM[data.loai]} không in ở khổ "${data.kichThuoc}". Cách sửa: chọn một trong: ${sizes.join(', ')}.`,
      });
      return;
    }
    const template = TEMPLATES[data.mau]!;
    const format = PRINT_FORMATS[data.kichThuoc];
    if (!template.formats.includes(data.kichThuoc)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mau'],
        message: `mẫu "${data.mau}" không dùng cho khổ "${data.kichThuoc}". Cách sửa: với khổ này chọn mẫu: ${Object.values(TEMPLATES)
          .filter((t) => t.formats.includes(data.kichThuoc))
          .map((t) => t.id)
          .join(', ')}.`,
      });
      return;
    }
    const min = template.minPoints ?? 0;
    if (data.diemChinh.length < min) {
      ctx.addIssue({
        code: 'custom',
        path: ['diemChinh'],
        message: `có ${data.diemChinh.length} ý, mẫu "${data.mau}" cần ít nhất ${min} ý để không để trống trang. Cách sửa: viết thêm cho đủ ${min} ý hoặc chọn mẫu khác.`,
      });
    }
    const max = template.maxPoints(format);
    if (data.diemChinh.length > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['diemChinh'],
        message: `có ${data.diemChinh.length} ý, mẫu "${data.mau}" khổ ${format.label} chỉ có chỗ cho ${max} ý. Cách sửa: bớt còn tối đa ${max} ý hoặc chọn mẫu khác.`,
      });
    }
    if (data.tongDai111) {
      const probe = { texts: { tieuDe: '', diemChinh: [], dip: '', canCu: '', tongDai: TONG_DAI_111.ten } };
      if (!template.boxes(probe, format).some((box) => box.field === 'tongDai')) {
        ctx.addIssue({
          code: 'custom',
          path: ['tongDai111'],
          message: `mẫu "${data.mau}" không in Tổng đài 111. Cách sửa: bỏ tongDai111 hoặc chọn mẫu áp-phích, standee, tờ rơi.`,
        });
      }
      for (const need of TONG_DAI_111_CAN_CU) {
        if (!data.canCu.some((c) => c.vanBan === need.vanBan && c.dieu === need.dieu && c.khoan === need.khoan)) {
          ctx.addIssue({
            code: 'custom',
            path: ['canCu'],
            message: `ấn phẩm in Tổng đài 111 phải dẫn khoản ${need.khoan} Điều ${need.dieu} của văn bản "${need.vanBan}". Cách sửa: thêm { vanBan: ${need.vanBan}, dieu: ${need.dieu}, khoan: ${need.khoan} } vào canCu.`,
          });
        }
      }
    }
  });

export type MaterialData = z.infer<typeof materialSchema>;
