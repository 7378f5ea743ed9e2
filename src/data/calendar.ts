/** Calendar dates as iCalendar events: stable UIDs, absolute source links, reminders before deadlines. */
import { absolute } from './urls';
import { getCalendarDates, type CalendarDate } from './toolkit';
import type { CalendarOptions, YearlyEvent } from '../lib/ics';
import { routes } from '../lib/routes';

export const CALENDAR_NAME = 'Lịch công tác bình đẳng giới trong trường học';
/** Days before a deadline the reminder goes off. */
export const REMINDER_DAYS = 7;

export function toYearlyEvent(date: CalendarDate): YearlyEvent {
  const host = new URL(import.meta.env.SITE).host;
  const sources = date.sources.map((s) => `Nguồn: ${s.label} — ${absolute(s.path)}`).join('\n');
  return {
    uid: `${date.id}@${host}`,
    summary: date.title,
    description: `${date.description}\n${sources}`,
    url: absolute(routes.calendar()),
    start: date.start,
    end: date.end,
    alarmDaysBefore: date.kind === 'han-bao-cao' ? REMINDER_DAYS : undefined,
  };
}

/** First occurrence in the build year; the yearly rule carries it forward. */
export function calendarOptions(): CalendarOptions {
  const stamp = new Date();
  return { name: CALENDAR_NAME, stamp, firstYear: stamp.getUTCFullYear() };
}

export { getCalendarDates };
