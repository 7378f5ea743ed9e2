import { describe, expect, it } from 'vitest';
import { isRunning, upcomingOrder } from './upcoming';

const d = (day: number, month: number) => ({ day, month });
const dates = [
  { id: '8/3', start: d(8, 3) },
  { id: '10/6', start: d(10, 6) },
  { id: 'thang-hanh-dong', start: d(15, 11), end: d(15, 12) },
  { id: '20/11', start: d(20, 11) },
  { id: '25/11', start: d(25, 11) },
];

describe('isRunning', () => {
  it('covers the first and last day of a period, and a single day', () => {
    expect(isRunning(dates[2]!, d(15, 11))).toBe(true);
    expect(isRunning(dates[2]!, d(15, 12))).toBe(true);
    expect(isRunning(dates[2]!, d(16, 12))).toBe(false);
    expect(isRunning(dates[0]!, d(8, 3))).toBe(true);
  });

  it('handles a period over New Year', () => {
    expect(isRunning({ start: d(20, 12), end: d(10, 1) }, d(2, 1))).toBe(true);
    expect(isRunning({ start: d(20, 12), end: d(10, 1) }, d(11, 1))).toBe(false);
  });
});

describe('upcomingOrder', () => {
  it('puts the Action Month first while it runs, then what comes next', () => {
    expect(upcomingOrder(dates, d(21, 11)).map((x) => x.id)).toEqual(['thang-hanh-dong', '25/11', '8/3', '10/6', '20/11']);
  });

  it('wraps into next year', () => {
    expect(upcomingOrder(dates, d(20, 12)).map((x) => x.id)).toEqual(['8/3', '10/6', 'thang-hanh-dong', '20/11', '25/11']);
  });

  it('counts a date that is today as running', () => {
    expect(upcomingOrder(dates, d(10, 6))[0]!.id).toBe('10/6');
  });
});
