/**
 * Tổng đài 111, as the sources say it and no more: the name and the hours from Nghị định
 * 56/2017/NĐ-CP (Điều 22, Điều 23 khoản 1: "hoạt động 24 giờ tất cả các ngày"), the number
 * from Thông tư 43/2021/TT-BCA (Điều 4 khoản 4: "Tổng đài 111"). Not stated, on purpose: that
 * calls are free, or which ministry runs it now (not verified after the 2025 reorganisation).
 * A material that carries it cites those articles (see the content schema).
 */
export const TONG_DAI_111 = {
  so: '111',
  ten: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em',
  gio: 'Hoạt động 24 giờ tất cả các ngày',
} as const;

/** What a material carrying it must cite (the content schema checks each is in its canCu). */
export const TONG_DAI_111_CAN_CU = [
  { vanBan: 'nd-56-2017-nd-cp', dieu: 23, khoan: 1 },
  { vanBan: 'tt-43-2021-tt-bca', dieu: 4, khoan: 4 },
] as const;
