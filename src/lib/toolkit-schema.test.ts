import { describe, expect, it } from 'vitest';
import { calendarEventSchema, parseDayOfYear, taskSchema } from './toolkit-schema';

describe('parseDayOfYear', () => {
  it('accepts days every year has and refuses 29/02 and impossible dates', () => {
    expect(parseDayOfYear('08/03')).toEqual({ day: 8, month: 3 });
    expect(parseDayOfYear('15/12')).toEqual({ day: 15, month: 12 });
    for (const bad of ['29/02', '31/04', '8/3', '00/01', '15/13', '08/03/2026']) expect(parseDayOfYear(bad), bad).toBeNull();
  });
});

describe('toolkit schemas', () => {
  const source = { vanBan: 'ke-hoach-mn-hong-duong', doan: 'muc-3-5', trichDan: 'từ 15/11 đến 15/12' };

  it('parse a reminder and refuse one out of range', () => {
    const date = { tieuDe: 'x', ngay: '15/11', loai: 'dot-hoat-dong', moTa: 'x', nguon: [source] };
    expect(calendarEventSchema.safeParse({ ...date, nhac: { truocNgay: 14, noiDung: 'Chuẩn bị' } }).success).toBe(true);
    expect(calendarEventSchema.safeParse({ ...date, nhac: { truocNgay: 0, noiDung: 'Chuẩn bị' } }).success).toBe(false);
    expect(calendarEventSchema.safeParse({ ...date, nhac: { truocNgay: 7 } }).success).toBe(false);
  });

  it('parse a calendar date and normalise text to NFC', () => {
    const parsed = calendarEventSchema.parse({
      tieuDe: 'Tháng hành động'.normalize('NFD'),
      ngay: '15/11',
      denNgay: '15/12',
      loai: 'dot-hoat-dong',
      moTa: 'x',
      nguon: [source],
    });
    expect(parsed.tieuDe).toBe('Tháng hành động'.normalize('NFC'));
  });

  it('refuse a task without a source, a bad phase or a malformed anchor', () => {
    expect(taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'dau-nam', nguon: [] }).success).toBe(false);
    expect(taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'mua-he', nguon: [source] }).success).toBe(false);
    expect(taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'dau-nam', nguon: [{ ...source, doan: 'dieu-5' }] }).success).toBe(false);
    expect(taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'dau-nam', nhom: 'ke-hoach', nguon: [source] }).success).toBe(true);
    // Strict: a misspelled key is an error, not silently dropped.
    expect(
      taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'dau-nam', nhom: 'ke-hoach', nguon: [source], thoigian: { tu: '15/11' } }).success,
    ).toBe(false);
    expect(
      taskSchema.safeParse({ tieuDe: 'x', giaiDoan: 'dau-nam', nhom: 'ke-hoach', nguon: [{ ...source, trichdan: 'x' }] }).success,
    ).toBe(false);
  });
});
