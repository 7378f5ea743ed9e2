import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, daysBefore, escapeText, foldLine, googleCalendarUrl, occurrence, reminderTrigger, type YearlyEvent } from './ics';

const actionMonth: YearlyEvent = {
  uid: 'thang-hanh-dong@example.org',
  summary: 'Tháng hành động vì bình đẳng giới; phòng ngừa, ứng phó với bạo lực trên cơ sở giới',
  description: 'Từ 15/11 đến 15/12, hằng năm.\nNguồn: Kế hoạch; mục III.5 \\ ghi chú',
  url: 'https://example.org/van-ban/ke-hoach-mn-hong-duong/#muc-3-5',
  start: { day: 15, month: 11 },
  end: { day: 15, month: 12 },
};
const deadline: YearlyEvent = {
  uid: 'han-bao-cao-6-thang@example.org',
  summary: 'Hạn báo cáo 6 tháng: gửi trước ngày 10/6',
  description: 'Báo cáo kết quả 6 tháng.',
  start: { day: 10, month: 6 },
  alarm: { daysBefore: 7, hour: 8, description: 'Còn 7 ngày đến hạn báo cáo 6 tháng.' },
};
const stamp = new Date(Date.UTC(2026, 10, 25, 8, 30, 0));

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets and never splits a Vietnamese character', () => {
    const line = 'SUMMARY:' + 'Bình đẳng giới trong trường học '.repeat(8);
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('occurrence', () => {
  it('gives an exclusive end date, across a year end when needed', () => {
    expect(occurrence(actionMonth, 2026)).toEqual({ start: '20261115', end: '20261216' });
    expect(occurrence(deadline, 2026)).toEqual({ start: '20260610', end: '20260611' });
    expect(occurrence({ start: { day: 31, month: 12 } }, 2026)).toEqual({ start: '20261231', end: '20270101' });
    expect(occurrence({ start: { day: 20, month: 12 }, end: { day: 5, month: 1 } }, 2026).end).toBe('20270106');
  });
});

describe('reminderTrigger and daysBefore', () => {
  it('turns "n days before, at h o\'clock" into a duration relative to the all-day start (midnight)', () => {
    expect(reminderTrigger(7, 8)).toBe('-P6DT16H');
    expect(reminderTrigger(14, 8)).toBe('-P13DT16H');
    expect(reminderTrigger(1, 0)).toBe('-P1D');
    expect(reminderTrigger(1, 9)).toBe('-PT15H');
    expect(reminderTrigger(0, 8)).toBe('PT8H');
  });

  it('counts back across month ends', () => {
    expect(daysBefore({ day: 15, month: 11 }, 14)).toEqual({ day: 1, month: 11 });
    expect(daysBefore({ day: 9, month: 6 }, 7)).toEqual({ day: 2, month: 6 });
    expect(daysBefore({ day: 5, month: 3 }, 7)).toEqual({ day: 26, month: 2 });
  });
});

/** When a calendar app rings an alarm of an all-day event: the start at local midnight plus the trigger. */
function ringsAt(start: ICAL.Time, trigger: ICAL.Duration): ICAL.Time {
  const midnight = ICAL.Time.fromData({
    year: start.year,
    month: start.month,
    day: start.day,
    hour: 0,
    minute: 0,
    second: 0,
    isDate: false,
  });
  midnight.addDuration(trigger);
  return midnight;
}

describe('buildCalendar', () => {
  const text = buildCalendar([actionMonth, deadline], {
    name: 'Lịch bình đẳng giới',
    stamp,
    firstYear: 2026,
    timeZone: 'Asia/Ho_Chi_Minh',
  });

  it('uses CRLF everywhere and keeps every physical line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('round-trips through ical.js with dates, recurrence, alarms and escaped Vietnamese text', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lịch bình đẳng giới');
    const [month, report] = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(month!.uid).toBe(actionMonth.uid);
    expect(month!.summary).toBe(actionMonth.summary);
    expect(month!.description).toBe(actionMonth.description);
    expect(month!.startDate.isDate).toBe(true);
    expect(month!.startDate.toString()).toBe('2026-11-15');
    expect(month!.endDate.toString()).toBe('2026-12-16');
    expect(month!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-25T08:30:00Z');
    expect(month!.component.getAllSubcomponents('valarm')).toHaveLength(0);
    const rule = month!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('YEARLY');
    const next = month!.iterator();
    next.next();
    expect(next.next()!.toString()).toBe('2027-11-15');

    const alarms = report!.component.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarms[0]!.getFirstPropertyValue('description')).toBe('Còn 7 ngày đến hạn báo cáo 6 tháng.');
    expect(report!.startDate.toString()).toBe('2026-06-10');
  });

  it("rings reminders at 08:00 on the phone's clock, 7 days ahead, in every year the event recurs", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
    const report = new ICAL.Event(calendar.getAllSubcomponents('vevent')[1]!);
    const trigger = report.component.getFirstSubcomponent('valarm')!.getFirstProperty('trigger')!;
    // Relative to the start (no VALUE=DATE-TIME): an absolute UTC time would ring for the first year only.
    expect(trigger.type).toBe('duration');
    const duration = trigger.getFirstValue() as ICAL.Duration;
    const years = report.iterator();
    for (const year of [2026, 2027, 2028]) {
      const start = years.next()!;
      const ring = ringsAt(start, duration);
      expect(ring.toString()).toBe(`${year}-06-03T08:00:00`);
      // Floating: read in the phone's zone, so in Việt Nam (UTC+7, no summer time) it is 01:00 UTC.
      expect(ring.zone?.tzid ?? 'floating').toBe('floating');
    }
  });
});

describe('googleCalendarUrl', () => {
  it('links to the event form with all-day dates and a yearly rule', () => {
    const url = new URL(googleCalendarUrl(actionMonth, 2026));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20261115/20261216');
    expect(url.searchParams.get('text')).toBe(actionMonth.summary);
    expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=YEARLY');
    expect(url.searchParams.get('details')).toContain(actionMonth.url);
  });
});
