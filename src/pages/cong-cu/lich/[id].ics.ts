import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCalendar } from '../../../lib/ics';
import { calendarOptions, getCalendarDates, toYearlyEvent } from '../../../data/calendar';
import type { CalendarDate } from '../../../data/toolkit';

export const getStaticPaths = (async () =>
  (await getCalendarDates()).map((date) => ({ params: { id: date.id }, props: { date } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ date: CalendarDate }> = ({ props }) => {
  const options = calendarOptions();
  return new Response(buildCalendar([toYearlyEvent(props.date)], { ...options, name: props.date.title }), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
