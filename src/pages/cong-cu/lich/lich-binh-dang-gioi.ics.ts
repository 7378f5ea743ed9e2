import type { APIRoute } from 'astro';
import { buildCalendar } from '../../../lib/ics';
import { calendarOptions, getCalendarDates, toYearlyEvent } from '../../../data/calendar';

export const GET: APIRoute = async () => {
  const events = (await getCalendarDates()).map(toYearlyEvent);
  return new Response(buildCalendar(events, calendarOptions()), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
