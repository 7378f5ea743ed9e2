/**
 * iCalendar (RFC 5545) writer for yearly all-day events: escaped TEXT values, lines folded
 * at 75 octets without splitting a UTF-8 character, CRLF line ends, reminders at a working hour.
 *
 * All-day dates are "floating": a phone shows them on that date in whatever zone it is set to.
 * A reminder is therefore a trigger relative to the start (midnight of the first day), shifted
 * to a working hour, so it rings at 08:00 on the phone's own clock every year. An absolute UTC
 * trigger would ring only for the first occurrence of a yearly event.
 */

export interface DayOfYear {
  day: number;
  month: number;
}

export interface YearlyEvent {
  /** Globally unique and stable across builds, e.g. "thang-hanh-dong@binh-dang-gioi.example". */
  uid: string;
  summary: string;
  description: string;
  url?: string;
  start: DayOfYear;
  /** Last day, inclusive; omitted for a one-day event. */
  end?: DayOfYear;
  /** A reminder this many days before the first day, at `hour` o'clock local time. */
  alarm?: Reminder;
}

export interface Reminder {
  daysBefore: number;
  /** Local hour the reminder rings, 0–23. */
  hour: number;
  description: string;
}

export interface CalendarOptions {
  name: string;
  /** DTSTAMP: when this file was generated. */
  stamp: Date;
  /** Year of the first occurrence; RRULE:FREQ=YEARLY repeats it. */
  firstYear: number;
  /** IANA zone calendar apps should read floating times in (X-WR-TIMEZONE), e.g. "Asia/Ho_Chi_Minh". */
  timeZone?: string;
}

const PRODID = '-//Binh dang gioi trong truong hoc//Lich//VI';

export function escapeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per physical line, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Value of a DATE: 20261115. */
export function icsDate(year: number, day: DayOfYear): string {
  return `${year}${pad(day.month)}${pad(day.day)}`;
}

/** Start (inclusive) and end (exclusive, as DTEND of an all-day event wants) of the occurrence in `year`. */
export function occurrence(event: Pick<YearlyEvent, 'start' | 'end'>, year: number): { start: string; end: string } {
  const last = event.end ?? event.start;
  const endYear = last.month < event.start.month || (last.month === event.start.month && last.day < event.start.day) ? year + 1 : year;
  const after = new Date(Date.UTC(endYear, last.month - 1, last.day + 1));
  return {
    start: icsDate(year, event.start),
    end: `${after.getUTCFullYear()}${pad(after.getUTCMonth() + 1)}${pad(after.getUTCDate())}`,
  };
}

/** Trigger of a reminder `daysBefore` days before an all-day start, at `hour` o'clock: 7 days at 08:00 → "-P6DT16H". */
export function reminderTrigger(daysBefore: number, hour: number): string {
  const minutes = daysBefore * 24 * 60 - hour * 60;
  if (minutes <= 0) return `PT${-minutes / 60}H`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const time = hours || rest ? `T${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}` : '';
  return `-P${days ? `${days}D` : ''}${time}`;
}

/** The day `n` days before a day of the year (counted in a non-leap year, as the reminder of a yearly event mostly is). */
export function daysBefore(day: DayOfYear, n: number): DayOfYear {
  const date = new Date(Date.UTC(2023, day.month - 1, day.day - n));
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1 };
}

function stampValue(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function eventLines(event: YearlyEvent, options: CalendarOptions): string[] {
  const { start, end } = occurrence(event, options.firstYear);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stampValue(options.stamp)}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    'RRULE:FREQ=YEARLY',
    `SUMMARY;LANGUAGE=vi:${escapeText(event.summary)}`,
    `DESCRIPTION;LANGUAGE=vi:${escapeText(event.description)}`,
  ];
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT');
  if (event.alarm) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.alarm.description)}`,
      `TRIGGER:${reminderTrigger(event.alarm.daysBefore, event.alarm.hour)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT');
  return lines;
}

export function buildCalendar(events: YearlyEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...(options.timeZone ? [`X-WR-TIMEZONE:${options.timeZone}`] : []),
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** "Add to Google Calendar" link: a plain URL that opens the event form, no request is made by this site. */
export function googleCalendarUrl(event: YearlyEvent, year: number): string {
  const { start, end } = occurrence(event, year);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.summary,
    dates: `${start}/${end}`,
    details: event.url ? `${event.description}\n\n${event.url}` : event.description,
    recur: 'RRULE:FREQ=YEARLY',
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
