/** Calendar dates as iCalendar events: stable UIDs, absolute source links, reminders where the content asks for one. */
import { absolute } from './urls';
import { getCalendarDates, type CalendarDate } from './toolkit';
import type { CalendarOptions, YearlyEvent } from '../lib/ics';
import { routes } from '../lib/routes';

export const CALENDAR_NAME = 'Lịch công tác bình đẳng giới trong trường học';
/** Reminders ring at this hour on the phone's clock (a working hour, not midnight). */
export const REMINDER_HOUR = 8;
/** Schools using the calendar are in Việt Nam: apps that honour X-WR-TIMEZONE read floating times there. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Domain part of event UIDs: the site's host, or a fixed name when the build has no SITE_URL. */
const uidDomain = import.meta.env.SITE ? new URL(import.meta.env.SITE).host : 'binh-dang-gioi-truong-hoc';

export function toYearlyEvent(date: CalendarDate): YearlyEvent {
  // Without SITE_URL a calendar app could not open a site path: sources are named without a link.
  const sources = date.sources.map((s) => [`Nguồn: ${s.label}`, absolute(s.path)].filter(Boolean).join(' — ')).join('\n');
  return {
    uid: `${date.id}@${uidDomain}`,
    summary: date.title,
    description: `${date.description}\n${sources}`,
    url: absolute(routes.calendar()),
    start: date.start,
    end: date.end,
    alarm: date.reminder && { daysBefore: date.reminder.daysBefore, hour: REMINDER_HOUR, description: date.reminder.text },
  };
}

/** First occurrence in the build year; the yearly rule carries it forward. */
export function calendarOptions(): CalendarOptions {
  const stamp = new Date();
  return { name: CALENDAR_NAME, stamp, firstYear: stamp.getUTCFullYear(), timeZone: TIME_ZONE };
}

export { getCalendarDates };
