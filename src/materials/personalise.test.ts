/** What a person types becomes the school of a render job: clean, NFC, bounded, addressed to where the site is served. */
import { describe, expect, it } from 'vitest';
import { cleanLine, personalisedJob, schoolFilePrefix, schoolFromForm, servedBase, type MaterialTemplate } from './personalise';

const template: MaterialTemplate = {
  slug: 'thang-hanh-dong-bang-ron',
  title: 'Trường học an toàn',
  template: 'bang-ngang',
  size: 'bang-ron-500x80',
  theme: 'cam',
  illustration: 'can-bang',
  texts: { tieuDe: 'Trường học an toàn', diemChinh: [], dip: 'Tháng hành động', canCu: 'Căn cứ: Điều 10.' },
};
const form = (ten: string, coQuan = '', dongPhu = '') => ({ ten, coQuan, dongPhu });

describe('personalised materials', () => {
  it('cleans a typed line: NFC, no control characters, single spaces', () => {
    expect(cleanLine('  Trường\u0000 Mầm\tnon   Hoa Sen \n'.normalize('NFD'))).toBe('Trường Mầm non Hoa Sen');
    expect(cleanLine('Trường'.normalize('NFD'))).toBe('Trường'.normalize('NFC'));
  });

  it('has no school until a name is typed, and refuses a line far longer than any box', () => {
    expect(schoolFromForm(form('  '), undefined, 'x')).toEqual({ problems: [] });
    expect(schoolFromForm(form('Trường Mầm non Hoa Sen', ' UBND phường Hoàng Mai '), undefined, 'x').school).toEqual({
      ten: 'Trường Mầm non Hoa Sen',
      coQuan: 'UBND phường Hoàng Mai',
      dongPhu: undefined,
      logo: undefined,
    });
    const { school, problems } = schoolFromForm(form('a'.repeat(10_000)), undefined, 'an-pham/x/');
    expect(school).toBeUndefined();
    expect(problems).toEqual([
      { file: 'an-pham/x/', field: 'truong.ten', problem: 'Tên trường dài 10000 ký tự, quá 150 ký tự.', fix: 'hãy viết ngắn lại.' },
    ]);
  });

  it('addresses the QR code and the printed address to where the page is served, sub-folder included', () => {
    const base = servedBase('https://truong.edu.vn', '/binh-dang-gioi/');
    const job = personalisedJob(template, { ten: 'Trường Mầm non Hoa Sen' }, base);
    expect(job.pageUrl).toBe('https://truong.edu.vn/binh-dang-gioi/an-pham/thang-hanh-dong-bang-ron/');
    expect(job.siteAddress).toBe('truong.edu.vn/binh-dang-gioi');
    expect(job.file).toBe('an-pham/thang-hanh-dong-bang-ron/');
    expect(servedBase('http://127.0.0.1:4321', '/')).toBe('http://127.0.0.1:4321/');
  });

  it('names downloads after the school', () => {
    expect(schoolFilePrefix({ ten: 'Trường Mầm non Hoa Sen' }, 'bang-ron')).toBe('truong-mam-non-hoa-sen-bang-ron');
    expect(schoolFilePrefix({ ten: 'Trường THCS Đống Đa' }, 'x')).toBe('truong-thcs-dong-da-x');
  });
});
