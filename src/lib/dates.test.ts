import { describe, expect, it } from 'vitest';
import { compareViDates, formatViDate, formatViDateLong, parseViDate, toIsoDate } from './dates';

describe('dates', () => {
  it('parses dd/mm/yyyy', () => {
    expect(parseViDate('29/11/2006')).toEqual({ day: 29, month: 11, year: 2006 });
    expect(toIsoDate(parseViDate('01/07/2007')!)).toBe('2007-07-01');
    expect(formatViDate({ day: 5, month: 5, year: 2021 })).toBe('05/05/2021');
    expect(formatViDateLong({ day: 28, month: 3, year: 2022 })).toBe('ngày 28 tháng 3 năm 2022');
  });

  it('rejects other forms and impossible dates', () => {
    for (const bad of ['2006-11-29', '29/11/06', '29-11-2006', '31/02/2022', '00/01/2020', '1/7/2007']) {
      expect(parseViDate(bad), bad).toBeNull();
    }
  });

  it('orders dates', () => {
    expect(compareViDates(parseViDate('28/12/2020')!, parseViDate('03/03/2021')!)).toBeLessThan(0);
  });
});
