import { describe, expect, it } from 'vitest';
import { buildAdminDocument, validatePlanForm, type PlanFormValues } from './plan';
import { ACTIVITIES, VALUES } from '../../tests/support/plan-fixture';

function valid(values: PlanFormValues) {
  const result = validatePlanForm(values, ACTIVITIES);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}

describe('validatePlanForm', () => {
  it('accepts a complete form, normalising spaces and NFD input', () => {
    const input = valid({ ...VALUES, tenTruong: '  Trường Mầm non   Hồng Dương '.normalize('NFD'), namHoc: '2026-2027' });
    expect(input.tenTruong).toBe('Trường Mầm non Hồng Dương');
    expect(input.namHoc).toEqual({ from: 2026, to: 2027 });
    expect(input.hoatDong.map((a) => a.id)).toEqual(['xay-dung-ke-hoach', 'bao-cao-6-thang', 'ngay-gia-dinh']);
  });

  it('names every missing or malformed field in Vietnamese', () => {
    const result = validatePlanForm(
      {
        ...VALUES,
        tenTruong: ' ',
        xaPhuong: 'Hồng Dương',
        tinhThanh: 'Hà Nội',
        hieuTruong: '',
        namHoc: '2026 - 2028',
        soVanBan: '15a',
        vietTat: 'mn hd',
        hoatDong: [],
      },
      ACTIVITIES,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      'hieuTruong',
      'hoatDong',
      'namHoc',
      'soVanBan',
      'tenTruong',
      'tinhThanh',
      'vietTat',
      'xaPhuong',
    ]);
    expect(result.errors.xaPhuong).toContain('ví dụ: xã Hồng Dương');
    expect(result.errors.namHoc).toBe('Năm học phải có dạng 2026 - 2027 (hai năm liền nhau).');
  });
});

describe('buildAdminDocument', () => {
  it('builds a plan: upper-case issuer, KH number, place without "xã", activities grouped by time of year', () => {
    const doc = buildAdminDocument(valid(VALUES));
    expect(doc.managingBody).toBe('ỦY BAN NHÂN DÂN XÃ HỒNG DƯƠNG');
    expect(doc.issuer).toBe('TRƯỜNG MẦM NON HỒNG DƯƠNG');
    expect(doc.number).toBe('Số: 15/KH-MNHD');
    expect(doc.placeDate).toBe('Hồng Dương, ngày …… tháng …… năm 2026');
    expect(doc.title).toBe('KẾ HOẠCH');
    expect(doc.subtitle).toEqual(['Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ', 'năm học 2026 - 2027']);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN',
      'III. GIẢI PHÁP THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const texts = doc.blocks.map((b) => b.text);
    const june = texts.indexOf('2. Cuối năm học (tháng 6)');
    expect(june).toBeGreaterThan(texts.indexOf('1. Đầu năm học (tháng 8 – tháng 10)'));
    expect(texts[june + 1]).toMatch(/^- Gửi báo cáo kết quả thực hiện 6 tháng/);
    expect(texts[june + 3]).toMatch(/^Người phụ trách: /);
    expect(texts.join('\n')).toContain('cha mẹ trẻ');
    expect(doc.recipients[0]).toBe('- Ủy ban nhân dân xã Hồng Dương (để báo cáo);');
    expect(doc.signerName).toBe('Nguyễn Thị Bích Hòa');
    expect(doc.fileName).toBe('ke-hoach-binh-dang-gioi-mnhd-2026-2027.docx');
  });

  it('builds the two reports with BC numbers, the right year and one result line per activity', () => {
    const half = buildAdminDocument(valid({ ...VALUES, loai: 'bao-cao-6-thang', capHoc: 'thcs', soVanBan: '' }));
    expect(half.title).toBe('BÁO CÁO');
    expect(half.number).toMatch(/^Số: \s+\/BC-MNHD$/);
    expect(half.subtitle[1]).toBe('6 tháng đầu năm 2027');
    expect(half.placeDate).toMatch(/năm 2027$/);
    expect(half.blocks.filter((b) => b.text.startsWith('Kết quả:'))).toHaveLength(3);
    expect(half.blocks.map((b) => b.text).join('\n')).toContain('học sinh');
    const year = buildAdminDocument(valid({ ...VALUES, loai: 'bao-cao-nam' }));
    expect(year.subtitle[1]).toBe('năm 2026');
    expect(year.blocks[0]).toEqual({ kind: 'centered', text: 'Kính gửi: Ủy ban nhân dân xã Hồng Dương' });
  });
});
