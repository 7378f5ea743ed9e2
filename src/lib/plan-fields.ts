/**
 * The plan generator's form, as one table: the page renders it, the browser script reads and
 * restores the values through it, and the checks take their limits from it. Add a field here
 * and it exists everywhere.
 */

export const CAP_HOC = {
  'mam-non': 'Mầm non',
  'tieu-hoc': 'Tiểu học',
  thcs: 'Trung học cơ sở',
} as const;
export type CapHoc = keyof typeof CAP_HOC;

export const LOAI_TAI_LIEU = {
  'ke-hoach': 'Kế hoạch năm học',
  'bao-cao-6-thang': 'Báo cáo 6 tháng',
  'bao-cao-nam': 'Báo cáo năm',
} as const;
export type LoaiTaiLieu = keyof typeof LOAI_TAI_LIEU;

interface FieldBase {
  name: string;
  label: string;
  /** Shown under the label (and read by screen readers with the field). */
  hint: string;
  /** Document types the field belongs to; absent: all. */
  only?: readonly LoaiTaiLieu[];
}

export interface ChoiceField extends FieldBase {
  kind: 'radio' | 'select';
  options: Record<string, string>;
}

export interface TextField extends FieldBase {
  kind: 'text' | 'textarea';
  /** Most characters accepted (the browser stops typing there; the check says so in Vietnamese). */
  maxLength: number;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  placeholder?: string;
}

export type PlanField = ChoiceField | TextField;

export const PLAN_FIELDS = [
  { name: 'loai', kind: 'radio', label: 'Loại văn bản', hint: '', options: LOAI_TAI_LIEU },
  { name: 'capHoc', kind: 'select', label: 'Cấp học', hint: 'Nội dung giáo dục gợi ý trong kế hoạch theo cấp học này.', options: CAP_HOC },
  {
    name: 'tenTruong',
    kind: 'text',
    label: 'Tên trường',
    hint: 'Viết đầy đủ, ví dụ: Trường Mầm non Hoa Sen.',
    maxLength: 100,
    autocomplete: 'organization',
  },
  {
    name: 'coQuanChuQuan',
    kind: 'text',
    label: 'Cơ quan quản lý trực tiếp (dòng trên tên trường)',
    hint: 'Từ ngày 01/7/2025 là Ủy ban nhân dân xã, phường nơi trường trực thuộc, ví dụ: Ủy ban nhân dân xã Hoa Sen. Không ghi Phòng Giáo dục và Đào tạo: cấp huyện không còn.',
    maxLength: 100,
  },
  {
    name: 'xaPhuong',
    kind: 'text',
    label: 'Xã, phường nơi trường đóng',
    hint: 'Ghi cả chữ “xã” hoặc “phường”, ví dụ: xã Hoa Sen.',
    maxLength: 60,
  },
  { name: 'tinhThanh', kind: 'text', label: 'Tỉnh, thành phố', hint: 'Ví dụ: thành phố Hà Nội, tỉnh Hưng Yên.', maxLength: 60 },
  { name: 'hieuTruong', kind: 'text', label: 'Họ và tên hiệu trưởng', hint: 'Người ký văn bản.', maxLength: 60, autocomplete: 'name' },
  { name: 'namHoc', kind: 'text', label: 'Năm học', hint: 'Ví dụ: 2026 - 2027.', maxLength: 11 },
  {
    name: 'soVanBan',
    kind: 'text',
    label: 'Số văn bản (không bắt buộc)',
    hint: 'Chỉ ghi số, ví dụ: 15; để trống nếu văn thư chưa cấp số.',
    maxLength: 5,
    inputmode: 'numeric',
  },
  {
    name: 'vietTat',
    kind: 'text',
    label: 'Chữ viết tắt tên trường',
    hint: 'Dùng trong số, ký hiệu, ví dụ: MNHS → Số: 15/KH-MNHS.',
    maxLength: 12,
  },
  {
    name: 'hanBaoCao6Thang',
    kind: 'text',
    label: 'Hạn gửi báo cáo 6 tháng (ngày/tháng)',
    hint: 'Ví dụ: 10/6 nếu phải gửi trước ngày 10/6. Hạn do cơ quan quản lý của trường quy định: Công văn 85 chỉ yêu cầu thực hiện nghiêm chế độ báo cáo, không ghi hạn; Kế hoạch của Trường Mầm non Hồng Dương ghi trước ngày 10/6. Báo cáo 6 tháng kể các hoạt động từ tháng 1 đến trước hạn này. Để trống nếu chưa biết (chỉ với kế hoạch).',
    maxLength: 5,
    placeholder: 'dd/mm',
  },
  {
    name: 'hanBaoCaoNam',
    kind: 'text',
    label: 'Hạn gửi báo cáo năm (ngày/tháng)',
    hint: 'Ví dụ: 20/11 nếu phải gửi trước ngày 20/11. Hạn do cơ quan quản lý của trường quy định: Kế hoạch của Trường Mầm non Hồng Dương ghi trước ngày 20/11. Báo cáo năm kể các hoạt động từ tháng 1 đến trước hạn này; việc sau hạn vào phần phương hướng. Để trống nếu chưa biết (chỉ với kế hoạch).',
    maxLength: 5,
    placeholder: 'dd/mm',
  },
  {
    name: 'canCuDiaPhuong',
    kind: 'textarea',
    label: 'Văn bản của tỉnh, xã về bình đẳng giới (không bắt buộc)',
    hint: 'Mỗi dòng một văn bản: loại, số, ngày, cơ quan ban hành, trích yếu, ví dụ: Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân xã … về …. Để trống thì tệp Word có một dòng chấm để điền sau.',
    maxLength: 800,
    only: ['ke-hoach'],
  },
  {
    name: 'chiTieu',
    kind: 'textarea',
    label: 'Chỉ tiêu của trường (không bắt buộc)',
    hint: 'Mỗi dòng một chỉ tiêu, số do trường tự đặt theo thực tế của mình. Bấm một ví dụ bên dưới để chép vào ô rồi sửa dấu “…” thành số. Để trống thì tệp Word có các dòng chấm để điền sau.',
    maxLength: 1200,
    only: ['ke-hoach'],
  },
] as const satisfies readonly PlanField[];

export type FieldName = (typeof PLAN_FIELDS)[number]['name'];

/** Raw form values, as typed (and as kept in localStorage). */
export type PlanFormValues = Record<FieldName, string> & { hoatDong: string[] };

type Field = (typeof PLAN_FIELDS)[number];
export const CHOICE_FIELDS = PLAN_FIELDS.filter((field): field is Extract<Field, { kind: 'radio' | 'select' }> => !('maxLength' in field));
export const TEXT_FIELDS = PLAN_FIELDS.filter((field): field is Extract<Field, { kind: 'text' | 'textarea' }> => 'maxLength' in field);

/** Whether a field belongs to the form for a document type. */
export const fieldApplies = (field: PlanField, loai: string): boolean => !field.only || (field.only as readonly string[]).includes(loai);
