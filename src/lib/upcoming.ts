/**
 * "What is coming up" on the home page: yearly dates (dd/mm, from content/lich) put in the
 * order a reader needs them today — what is running now first, then what comes next, wrapping
 * into next year. Runs in the browser (today is the reader's day, not the build's).
 */
export interface DayOfYear {
  day: number;
  month: number;
}

export interface YearlyDate {
  start: DayOfYear;
  /** Last day of a period, inclusive. */
  end?: DayOfYear;
}

const ordinal = ({ month, day }: DayOfYear) => month * 100 + day;

/** Whether `today` falls within the date (one day, or a period, also one that runs over New Year). */
export function isRunning(date: YearlyDate, today: DayOfYear): boolean {
  const [start, end, now] = [ordinal(date.start), ordinal(date.end ?? date.start), ordinal(today)];
  return start <= end ? start <= now && now <= end : now >= start || now <= end;
}

/** Running dates first, then the rest by how soon they start; ties keep their order. */
export function upcomingOrder<T extends YearlyDate>(dates: T[], today: DayOfYear): T[] {
  const now = ordinal(today);
  const wait = (date: T) => (isRunning(date, today) ? -1 : (ordinal(date.start) - now + 1300) % 1300);
  return dates
    .map((date, index) => ({ date, index, wait: wait(date) }))
    .sort((a, b) => a.wait - b.wait || a.index - b.index)
    .map(({ date }) => date);
}
