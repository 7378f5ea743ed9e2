import { describe, expect, it } from 'vitest';
import { documentSchema, glossarySchema } from './content-schema';

const valid = {
  title: 'Luật Bình đẳng giới',
  tenNgan: 'Luật Bình đẳng giới',
  slug: 'luat-binh-dang-gioi-2006',
  soHieu: '73/2006/QH11',
  loai: 'luat',
  coQuan: 'Quốc hội',
  cap: 'trung-uong',
  ngayBanHanh: '29/11/2006',
  tinhTrang: 'con-hieu-luc',
  hieuLucTheo: { ten: 'Bộ Pháp điển điện tử', ngayKiemTra: '22/11/2026' },
  nguon: [{ ten: 'Bộ Pháp điển điện tử' }],
  mucDo: 'toan-van',
  ngayKiemTra: '22/11/2026',
  tomTat: 'Tóm tắt.',
  chuDe: ['nguyen-tac-chung'],
};

const issues = (input: unknown) => {
  const result = documentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('document schema', () => {
  it('accepts a complete document and defaults canCu to []', () => {
    const parsed = documentSchema.parse(valid);
    expect(parsed.canCu).toEqual([]);
  });

  it('normalises NFD text to NFC at load', () => {
    const parsed = documentSchema.parse({ ...valid, title: valid.title.normalize('NFD') });
    expect(parsed.title).toBe('Luật Bình đẳng giới');
    expect(parsed.title.normalize('NFC')).toBe(parsed.title);
  });

  it('rejects a date in the wrong form with the expected form in the message', () => {
    expect(issues({ ...valid, ngayBanHanh: '2006-11-29' })).toEqual([
      'ngayBanHanh: ngày phải có dạng dd/mm/yyyy và là ngày có thật, ví dụ "29/11/2006"',
    ]);
  });

  it('rejects a missing required field', () => {
    const { coQuan: _omitted, ...missing } = valid;
    expect(issues(missing)[0]).toMatch(/^coQuan: /);
  });

  it('rejects a non-ASCII slug and an unknown level', () => {
    expect(issues({ ...valid, slug: 'luật-bình-đẳng' })[0]).toMatch(/^slug: slug chỉ gồm chữ thường không dấu/);
    expect(issues({ ...valid, cap: 'xa' })[0]).toMatch(/^cap: /);
  });

  it('accepts "còn hiệu lực" only with who says so and when it was checked', () => {
    const { hieuLucTheo: _omitted, ...unsourced } = valid;
    expect(issues(unsourced)).toEqual([
      expect.stringMatching(/^hieuLucTheo: tình trạng "còn\/hết hiệu lực" phải ghi nguồn và ngày kiểm tra/),
    ]);
    expect(issues({ ...unsourced, tinhTrang: 'chua-kiem-chung' })).toEqual([]);
  });

  it('asks what the project did to a verbatim text', () => {
    expect(issues({ ...valid, vanBanGoc: 'luat-73-2006-qh11' })).toEqual([expect.stringMatching(/^xuLy: văn bản có nguyên văn/)]);
  });

  it('checks that every row of a secondary table has one cell per column', () => {
    const table = { tieuDe: 'Chỉ tiêu', nguon: [{ ten: 'Báo', thuCap: true }], cot: ['Chỉ tiêu', '2025'], dong: [['A', '50%'], ['B']] };
    expect(issues({ ...valid, thuCap: [table] })).toEqual([expect.stringMatching(/^thuCap\.0\.dong\.1: dòng có 1 ô nhưng bảng có 2 cột/)]);
  });

  it('requires the defining clause of a glossary term', () => {
    expect(glossarySchema.safeParse({ thuatNgu: 'Giới', dinhNghia: { vanBan: 'luat-binh-dang-gioi-2006', dieu: 5 } }).success).toBe(false);
  });
});
