/**
 * When an activity of the school year happens, and which report it belongs to. A report covers
 * its own period: the activities done in its year before its deadline; what comes later goes
 * under "phương hướng" (what comes next).
 */
import type { DayOfYear } from './ics';

/** A span of the year (possibly across New Year), or every day of it. */
export type ActivityTime = { yearRound: true; label: string } | { yearRound: false; from: DayOfYear; to: DayOfYear; label: string };

const pad = (n: number) => String(n).padStart(2, '0');
export const dayLabel = (d: DayOfYear) => `${pad(d.day)}/${pad(d.month)}`;

/** A dated activity: "ngày 25/11" or "từ 15/11 đến 15/12". */
export function datedTime(from: DayOfYear, to?: DayOfYear): ActivityTime {
  return { yearRound: false, from, to: to ?? from, label: to ? `từ ${dayLabel(from)} đến ${dayLabel(to)}` : `ngày ${dayLabel(from)}` };
}

/** Months of the year, inclusive: "tháng 8 – tháng 10", or "tháng 6". */
export function monthsTime(fromMonth: number, toMonth: number): ActivityTime {
  const last = new Date(Date.UTC(2023, toMonth, 0)).getUTCDate();
  return {
    yearRound: false,
    from: { day: 1, month: fromMonth },
    to: { day: last, month: toMonth },
    label: fromMonth === toMonth ? `tháng ${fromMonth}` : `tháng ${fromMonth} – tháng ${toMonth}`,
  };
}

export const YEAR_ROUND: ActivityTime = { yearRound: true, label: 'thường xuyên' };

const ordinal = (d: DayOfYear) => d.month * 100 + d.day;

/** First and last day of the occurrence that starts in `year`, as [yyyymmdd, yyyymmdd]. */
function occurrence(time: Extract<ActivityTime, { yearRound: false }>, year: number): [number, number] {
  const endYear = ordinal(time.to) < ordinal(time.from) ? year + 1 : year;
  return [year * 10000 + ordinal(time.from), endYear * 10000 + ordinal(time.to)];
}

/**
 * Whether the activity is reported in the report of `year` due before `deadline` (the report of
 * "6 tháng đầu năm 2027" due before 10/6/2027, or of "năm 2026" due before 20/11/2026): it took
 * place in that year and was over before the deadline. Year-round work is always reported.
 */
export function reportedIn(time: ActivityTime, year: number, deadline: DayOfYear): boolean {
  if (time.yearRound) return true;
  const [start, end] = occurrence(time, year);
  return start >= year * 10000 + 101 && end < year * 10000 + ordinal(deadline);
}

/** Next occurrence start (yyyymmdd) after the deadline of the report of `year`, to list "what comes next" in order. */
export function nextStart(time: ActivityTime, year: number, deadline: DayOfYear): number {
  if (time.yearRound) return Number.POSITIVE_INFINITY;
  const due = year * 10000 + ordinal(deadline);
  const [, end] = occurrence(time, year);
  // Still running or yet to come this year, otherwise next year's occurrence.
  return end >= due ? occurrence(time, year)[0] : occurrence(time, year + 1)[0];
}
