/**
 * The plan generator's logic, free of any browser or docx code: checks the form values and
 * turns them into an administrative document model (header, title, sections, Nơi nhận,
 * signature) for a school plan or one of its two reports. The wording is the project's
 * template, modelled on the structure of the Hồng Dương plan; schools edit it in Word.
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

/** Raw form values, as typed (and as kept in localStorage). */
export interface PlanFormValues {
  loai: string;
  tenTruong: string;
  capHoc: string;
  xaPhuong: string;
  tinhThanh: string;
  coQuanChuQuan: string;
  hieuTruong: string;
  namHoc: string;
  soVanBan: string;
  vietTat: string;
  hoatDong: string[];
}

export interface Activity {
  id: string;
  title: string;
  phaseLabel: string;
}

export interface PlanInput {
  loai: LoaiTaiLieu;
  tenTruong: string;
  capHoc: CapHoc;
  xaPhuong: string;
  tinhThanh: string;
  coQuanChuQuan: string;
  hieuTruong: string;
  namHoc: { from: number; to: number };
  soVanBan: string;
  vietTat: string;
  hoatDong: Activity[];
}

export type FieldErrors = Partial<Record<keyof PlanFormValues, string>>;

const clean = (value: string | undefined) => (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

export function validatePlanForm(
  values: PlanFormValues,
  activities: Activity[],
): { ok: true; input: PlanInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const v = Object.fromEntries(Object.entries(values).map(([k, x]) => [k, typeof x === 'string' ? clean(x) : x])) as PlanFormValues;

  if (!(v.loai in LOAI_TAI_LIEU)) errors.loai = 'Chọn loại văn bản cần tạo.';
  if (!v.tenTruong) errors.tenTruong = 'Nhập tên trường, ví dụ: Trường Mầm non Hồng Dương.';
  if (!(v.capHoc in CAP_HOC)) errors.capHoc = 'Chọn cấp học của trường.';
  if (!v.xaPhuong) errors.xaPhuong = 'Nhập xã, phường nơi trường đóng, ví dụ: xã Hồng Dương.';
  else if (!/^(xã|phường|thị trấn|đặc khu) \S/iu.test(v.xaPhuong))
    errors.xaPhuong = 'Ghi rõ “xã”, “phường” hoặc “đặc khu” trước tên, ví dụ: xã Hồng Dương.';
  if (!v.tinhThanh) errors.tinhThanh = 'Nhập tỉnh, thành phố, ví dụ: thành phố Hà Nội.';
  else if (!/^(tỉnh|thành phố) \S/iu.test(v.tinhThanh))
    errors.tinhThanh = 'Ghi rõ “tỉnh” hoặc “thành phố” trước tên, ví dụ: tỉnh Hưng Yên.';
  if (!v.coQuanChuQuan) errors.coQuanChuQuan = 'Nhập cơ quan quản lý trực tiếp của trường, ví dụ: Ủy ban nhân dân xã Hồng Dương.';
  if (!v.hieuTruong) errors.hieuTruong = 'Nhập họ và tên hiệu trưởng (người ký).';
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(v.namHoc);
  if (!years || Number(years[2]) !== Number(years[1]) + 1) errors.namHoc = 'Năm học phải có dạng 2026 - 2027 (hai năm liền nhau).';
  if (v.soVanBan && !/^\d{1,5}$/.test(v.soVanBan)) errors.soVanBan = 'Số văn bản chỉ gồm chữ số, ví dụ: 15. Để trống nếu chưa lấy số.';
  if (!v.vietTat) errors.vietTat = 'Nhập chữ viết tắt tên trường, ví dụ: MNHD.';
  else if (!/^[A-ZĐ0-9]{2,12}$/u.test(v.vietTat))
    errors.vietTat = 'Chữ viết tắt chỉ gồm chữ in hoa và chữ số, không có dấu cách, ví dụ: MNHD.';
  const chosen = activities.filter((a) => v.hoatDong.includes(a.id));
  if (chosen.length === 0) errors.hoatDong = 'Chọn ít nhất một hoạt động trong danh sách.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      loai: v.loai as LoaiTaiLieu,
      tenTruong: v.tenTruong,
      capHoc: v.capHoc as CapHoc,
      xaPhuong: v.xaPhuong,
      tinhThanh: v.tinhThanh,
      coQuanChuQuan: v.coQuanChuQuan,
      hieuTruong: v.hieuTruong,
      namHoc: { from: Number(years![1]), to: Number(years![2]) },
      soVanBan: v.soVanBan,
      vietTat: v.vietTat,
      hoatDong: chosen,
    },
  };
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'centered'; text: string };

/** An administrative document laid out per Nghị định 30/2020/NĐ-CP, Phụ lục I. */
export interface AdminDocument {
  managingBody: string;
  issuer: string;
  /** "Số: 15/KH-MNHD". */
  number: string;
  /** "Hồng Dương, ngày …… tháng …… năm 2026". */
  placeDate: string;
  title: string;
  /** Trích yếu, one entry per line (the period on its own line so it never breaks). */
  subtitle: string[];
  blocks: Block[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  fileName: string;
}

const upper = (text: string) => text.toLocaleUpperCase('vi');
/** Địa danh: the commune's proper name without "xã"/"phường" (Phụ lục I, Nghị định 30/2020/NĐ-CP). */
const placeName = (xaPhuong: string) => xaPhuong.replace(/^(xã|phường|thị trấn|đặc khu)\s+/iu, '');
const learners = (cap: CapHoc) => (cap === 'mam-non' ? 'trẻ' : 'học sinh');
const BLANK = '…………………………';

function planBlocks(input: PlanInput, period: string): Block[] {
  const who = learners(input.capHoc);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Căn cứ ${BLANK} (văn bản hướng dẫn của cơ quan quản lý về công tác bình đẳng giới);` },
    {
      kind: 'paragraph',
      text: `${input.tenTruong} xây dựng Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ${period} cụ thể như sau:`,
    },
    { kind: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'subheading', text: '1. Mục đích' },
    {
      kind: 'paragraph',
      text: `Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và cha mẹ ${who} về bình đẳng giới; tăng cường sự tham gia của mỗi cá nhân, gia đình và cộng đồng trong việc thực hiện bình đẳng giới; góp phần phòng ngừa, ứng phó với bạo lực trên cơ sở giới.`,
    },
    { kind: 'subheading', text: '2. Yêu cầu' },
    {
      kind: 'paragraph',
      text: 'Các hoạt động phải thiết thực, hiệu quả, phù hợp với tình hình thực tế của nhà trường; có người phụ trách và thời gian thực hiện cụ thể.',
    },
    { kind: 'heading', text: 'II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN' },
  ];
  const phases = [...new Set(input.hoatDong.map((a) => a.phaseLabel))];
  phases.forEach((phase, i) => {
    blocks.push({ kind: 'subheading', text: `${i + 1}. ${phase}` });
    for (const activity of input.hoatDong.filter((a) => a.phaseLabel === phase)) {
      blocks.push({ kind: 'paragraph', text: `- ${activity.title}.` });
    }
    blocks.push({ kind: 'paragraph', text: `Người phụ trách: ${BLANK}` });
  });
  blocks.push(
    { kind: 'heading', text: 'III. GIẢI PHÁP THỰC HIỆN' },
    {
      kind: 'paragraph',
      text: '- Tăng cường sự lãnh đạo của chi bộ, chính quyền và sự tham gia của các đoàn thể trong nhà trường trong việc thực hiện bình đẳng giới.',
    },
    {
      kind: 'paragraph',
      text: `- Lồng ghép nội dung bình đẳng giới trong sinh hoạt chuyên môn, các ngày lễ, kỷ niệm và các buổi họp cha mẹ ${who}.`,
    },
    { kind: 'paragraph', text: `- Phối hợp với Công đoàn, Chi đoàn, Ban đại diện cha mẹ ${who} trong công tác tuyên truyền.` },
    { kind: 'paragraph', text: '- Kịp thời biểu dương, khen thưởng các tập thể, cá nhân thực hiện tốt công tác bình đẳng giới.' },
    { kind: 'heading', text: 'IV. TỔ CHỨC THỰC HIỆN' },
    { kind: 'subheading', text: '1. Đối với nhà trường' },
    {
      kind: 'paragraph',
      text: `Ban vì sự tiến bộ của phụ nữ tham mưu triển khai kế hoạch; kiểm tra, đôn đốc việc thực hiện; báo cáo kết quả định kỳ 06 tháng (trước ngày 10/6) và 01 năm (trước ngày 20/11) về ${input.coQuanChuQuan}.`,
    },
    { kind: 'subheading', text: '2. Đối với các tổ chuyên môn, tổ văn phòng và các đoàn thể' },
    {
      kind: 'paragraph',
      text: `Căn cứ kế hoạch này, chủ động lồng ghép nội dung bình đẳng giới trong việc thực hiện nhiệm vụ được phân công; phối hợp với Ban đại diện cha mẹ ${who} tuyên truyền đến cha mẹ ${who} và cộng đồng.`,
    },
    {
      kind: 'paragraph',
      text: `Trên đây là Kế hoạch thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ${period} của ${input.tenTruong}. Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận báo cáo về Ban Giám hiệu để kịp thời giải quyết./.`,
    },
  );
  return blocks;
}

function reportBlocks(input: PlanInput, period: string): Block[] {
  const who = learners(input.capHoc);
  const blocks: Block[] = [
    { kind: 'centered', text: `Kính gửi: ${input.coQuanChuQuan}` },
    {
      kind: 'paragraph',
      text: `${input.tenTruong} báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ${period} như sau:`,
    },
    { kind: 'heading', text: 'I. ĐẶC ĐIỂM TÌNH HÌNH' },
    { kind: 'paragraph', text: `Trường đóng trên địa bàn ${input.xaPhuong}, ${input.tinhThanh}.` },
    { kind: 'paragraph', text: '- Tổng số cán bộ, giáo viên, nhân viên: ……; trong đó nữ: ……' },
    { kind: 'paragraph', text: `- Tổng số ${who}: ……; trong đó nữ: ……` },
    { kind: 'heading', text: 'II. KẾT QUẢ THỰC HIỆN' },
  ];
  input.hoatDong.forEach((activity, i) => {
    blocks.push({ kind: 'subheading', text: `${i + 1}. ${activity.title}` }, { kind: 'paragraph', text: `Kết quả: ${BLANK}` });
  });
  blocks.push(
    { kind: 'heading', text: 'III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' },
    { kind: 'paragraph', text: BLANK },
    { kind: 'heading', text: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI' },
    { kind: 'paragraph', text: BLANK },
    { kind: 'heading', text: 'V. ĐỀ XUẤT, KIẾN NGHỊ' },
    { kind: 'paragraph', text: BLANK },
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ ${period} của ${input.tenTruong}./.`,
    },
  );
  return blocks;
}

export function buildAdminDocument(input: PlanInput): AdminDocument {
  const { from, to } = input.namHoc;
  const isPlan = input.loai === 'ke-hoach';
  // Reports fall due in the school year: the annual one before 20/11 of its first year, the 6-month one before 10/6 of its second.
  const year = input.loai === 'bao-cao-6-thang' ? to : from;
  const period = { 'ke-hoach': `năm học ${from} - ${to}`, 'bao-cao-6-thang': `6 tháng đầu năm ${to}`, 'bao-cao-nam': `năm ${from}` }[
    input.loai
  ];
  const code = isPlan ? 'KH' : 'BC';
  return {
    managingBody: upper(input.coQuanChuQuan),
    issuer: upper(input.tenTruong),
    number: `Số: ${input.soVanBan || '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0'}/${code}-${input.vietTat}`,
    placeDate: `${placeName(input.xaPhuong)}, ngày …… tháng …… năm ${year}`,
    title: isPlan ? 'KẾ HOẠCH' : 'BÁO CÁO',
    subtitle: [`${isPlan ? 'Thực hiện' : 'Kết quả thực hiện'} công tác bình đẳng giới và vì sự tiến bộ của phụ nữ`, period],
    blocks: isPlan ? planBlocks(input, period) : reportBlocks(input, period),
    recipients: isPlan
      ? [`- ${input.coQuanChuQuan} (để báo cáo);`, '- Các tổ chức đoàn thể;', '- Các tổ chuyên môn, tổ văn phòng;', '- Lưu: VT.']
      : ['- Như trên;', '- Lưu: VT.'],
    signerTitle: 'HIỆU TRƯỞNG',
    signerName: input.hieuTruong,
    fileName: `${isPlan ? 'ke-hoach' : input.loai}-binh-dang-gioi-${input.vietTat.toLowerCase().replace(/đ/g, 'd')}-${isPlan ? `${from}-${to}` : year}.docx`,
  };
}
