/** Controlled vocabularies of the content model, with their Vietnamese labels. */

export const CAP = {
  'trung-uong': 'Trung ương',
  tinh: 'Tỉnh, thành phố',
  so: 'Sở Giáo dục và Đào tạo',
  /** District offices ceased on 01/7/2025 (two-level local government); their documents stay in the library. */
  phong: 'Phòng Giáo dục và Đào tạo (cấp huyện, đến 30/6/2025)',
  truong: 'Trường học',
} as const;

export const LOAI_VAN_BAN = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'thong-tu-lien-tich': 'Thông tư liên tịch',
  'ke-hoach': 'Kế hoạch',
  'cong-van': 'Công văn',
} as const;

export const TINH_TRANG = {
  'con-hieu-luc': 'Còn hiệu lực',
  'het-hieu-luc': 'Hết hiệu lực',
  'chua-kiem-chung': 'Hiệu lực chưa kiểm chứng',
} as const;

export const MUC_DO = {
  'toan-van': 'Toàn văn',
  trich: 'Trích một phần',
  'chi-thong-tin': 'Chỉ có thông tin, chưa có toàn văn',
} as const;

export const CHU_DE = {
  'nguyen-tac-chung': 'Nguyên tắc chung về bình đẳng giới',
  'giao-duc': 'Giáo dục và đào tạo',
  'bao-luc-gioi': 'Phòng ngừa bạo lực trên cơ sở giới',
  'truyen-thong': 'Truyền thông',
  'gia-dinh': 'Gia đình',
  'quan-ly-nha-nuoc': 'Quản lý nhà nước',
  'xu-ly-vi-pham': 'Xử lý vi phạm',
  'can-bo-nu': 'Cán bộ nữ, vì sự tiến bộ của phụ nữ',
  'ke-hoach-truong': 'Kế hoạch của nhà trường',
  'bao-ve-tre-em': 'Bảo vệ trẻ em',
} as const;

export const LOAI_GHI_CHU = {
  'cap-nhat': 'Cập nhật',
  'kiem-chung': 'Ghi chú kiểm chứng',
} as const;

export const DOI_TUONG = {
  'quan-ly': 'Cán bộ quản lý',
  'giao-vien': 'Giáo viên',
  'cha-me': 'Cha mẹ học sinh',
} as const;

export type Cap = keyof typeof CAP;
export type LoaiVanBan = keyof typeof LOAI_VAN_BAN;
export type ChuDe = keyof typeof CHU_DE;

/** Order of the levels from national down to school, used by the library and the diagram. */
export const CAP_ORDER = Object.keys(CAP) as Cap[];

export function keysOf<T extends Record<string, string>>(labels: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];
}
