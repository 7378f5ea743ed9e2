import { describe, expect, it } from 'vitest';
import { governanceSchema, unknownSources } from './governance-schema';

const chain = {
  tieuDe: 'Tổ chức áp dụng hiện nay',
  apDungTu: '01/07/2025',
  ngayKiemTra: '29/11/2026',
  ghiChu: 'Tóm tắt từ nguồn thứ cấp.',
  cap: [
    { ten: 'Trung ương', coQuan: [{ ten: 'Bộ Nội vụ', viec: 'quản lý nhà nước về bình đẳng giới', nguon: ['cv-739'] }] },
    { ten: 'Xã, phường', coQuan: [{ ten: 'Ủy ban nhân dân xã, phường', nguon: ['cv-1581'] }] },
  ],
  capNhat: [{ ghiChu: 'to-chuc-bo-may-2025' }],
  nguon: [{ id: 'cv-739', ten: 'Công văn 739/BNV-CTTN&BĐG', noiDang: 'hethongphapluat.vn', thuCap: true }],
};

describe('governance chain', () => {
  it('parses a chain and finds references to sources it does not list', () => {
    const parsed = governanceSchema.parse(chain);
    expect(unknownSources(parsed)).toEqual([{ field: 'cap[1].coQuan[0].nguon', id: 'cv-1581' }]);
  });

  it('refuses unknown fields, bad dates and a source without the secondary flag', () => {
    expect(governanceSchema.safeParse({ ...chain, hinhAnh: 'x' }).success).toBe(false);
    expect(governanceSchema.safeParse({ ...chain, apDungTu: '2025-07-01' }).success).toBe(false);
    expect(governanceSchema.safeParse({ ...chain, nguon: [{ id: 'a', ten: 'A', noiDang: 'B' }] }).success).toBe(false);
  });
});
