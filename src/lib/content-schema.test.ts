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

  it('requires the defining clause of a glossary term', () => {
    expect(glossarySchema.safeParse({ thuatNgu: 'Giới', dinhNghia: { vanBan: 'luat-binh-dang-gioi-2006', dieu: 5 } }).success).toBe(false);
  });
});
