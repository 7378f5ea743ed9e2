/**
 * iCalendar (RFC 5545) writer for yearly all-day events: escaped TEXT values, lines folded
 * at 75 octets without splitting a UTF-8 character, CRLF line ends, a VALARM before deadlines.
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
  /** Reminder this many days before the start (deadlines). */
  alarmDaysBefore?: number;
}

export interface CalendarOptions {
  name: string;
  /** DTSTAMP: when this file was generated. */
  stamp: Date;
  /** Year of the first occurrence; RRULE:FREQ=YEARLY repeats it. */
  firstYear: number;
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
  if (event.alarmDaysBefore) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(event.summary)}`,
      `TRIGGER:-P${event.alarmDaysBefore}D`,
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
