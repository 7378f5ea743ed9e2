/** A filled-in plan form, shared by the unit, docx and browser tests. */
import type { Activity, PlanFormValues } from '../../src/lib/plan';

export const ACTIVITIES: Activity[] = [
  { id: 'xay-dung-ke-hoach', title: 'Xây dựng kế hoạch bình đẳng giới của trường', phaseLabel: 'Đầu năm học (tháng 8 – tháng 10)' },
  { id: 'bao-cao-6-thang', title: 'Gửi báo cáo kết quả thực hiện 6 tháng (trước ngày 10/6)', phaseLabel: 'Cuối năm học (tháng 6)' },
  { id: 'ngay-gia-dinh', title: 'Truyền thông nhân Ngày Gia đình Việt Nam 28/6', phaseLabel: 'Cuối năm học (tháng 6)' },
];

export const VALUES: PlanFormValues = {
  loai: 'ke-hoach',
  tenTruong: 'Trường Mầm non Hồng Dương',
  capHoc: 'mam-non',
  xaPhuong: 'xã Hồng Dương',
  tinhThanh: 'thành phố Hà Nội',
  coQuanChuQuan: 'Ủy ban nhân dân xã Hồng Dương',
  hieuTruong: 'Nguyễn Thị Bích Hòa',
  namHoc: '2026 - 2027',
  soVanBan: '15',
  vietTat: 'MNHD',
  hoatDong: ['xay-dung-ke-hoach', 'ngay-gia-dinh', 'bao-cao-6-thang'],
};
