import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basisLine } from './basis-line';

describe('basisLine', () => {
  it('writes a law by its name and date only', () => {
    expect(
      basisLine({ loai: 'luat', title: 'Luật Bình đẳng giới', soHieu: '73/2006/QH11', coQuan: 'Quốc hội', ngayBanHanh: '29/11/2006' }),
    ).toEqual({
      ok: true,
      line: 'Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;',
    });
  });

  it('writes kind, number, date with leading zeros, issuer and subject — as the căn cứ of Quyết định 1790 quotes Nghị quyết 28', () => {
    const nq28 = {
      loai: 'nghi-quyet' as const,
      title: 'Nghị quyết ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030',
      soHieu: '28/NQ-CP',
      coQuan: 'Chính phủ',
      ngayBanHanh: '03/03/2021',
    };
    const line =
      'Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030;';
    expect(basisLine(nq28)).toEqual({ ok: true, line });
    expect(readFileSync('content/nguon/qd-1790-qd-ttg-2021.txt', 'utf8')).toContain(line);
    const qd383 = basisLine({
      loai: 'quyet-dinh',
      title: 'Quyết định về việc ban hành Kế hoạch hành động',
      soHieu: '383/QĐ-BGDĐT',
      coQuan: 'Bộ Giáo dục và Đào tạo',
      ngayBanHanh: '26/01/2022',
    });
    expect(qd383.ok && qd383.line).toBe(
      'Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26 tháng 01 năm 2022 của Bộ Giáo dục và Đào tạo về việc ban hành Kế hoạch hành động;',
    );
  });

  it('refuses a document without a number or a date', () => {
    expect(basisLine({ loai: 'ke-hoach', title: 'Kế hoạch', soHieu: null, coQuan: 'Trường', ngayBanHanh: '01/01/2022' })).toEqual({
      ok: false,
      missing: 'soHieu',
    });
    expect(basisLine({ loai: 'ke-hoach', title: 'Kế hoạch', soHieu: '1/KH', coQuan: 'Trường', ngayBanHanh: null })).toEqual({
      ok: false,
      missing: 'ngayBanHanh',
    });
  });
});
