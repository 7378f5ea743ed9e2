/** Orders the home page's yearly dates from the reader's today (see lib/upcoming). */
import { isRunning, upcomingOrder, type DayOfYear } from '../lib/upcoming';

const dayOf = (value: string): DayOfYear => {
  const [day, month] = value.split('/').map(Number);
  return { day: day!, month: month! };
};

/** Puts what runs today and what comes next in `inView` (as many as it holds), the rest in `rest`. */
export function attachUpcoming(inView: HTMLElement, rest: HTMLElement, now = new Date()): void {
  const today = { day: now.getDate(), month: now.getMonth() + 1 };
  const room = inView.children.length;
  const items = [...inView.children, ...rest.children].map((element) => {
    const item = element as HTMLElement;
    return { item, start: dayOf(item.dataset.start!), end: item.dataset.end ? dayOf(item.dataset.end) : undefined };
  });
  upcomingOrder(items, today).forEach((date, index) => {
    date.item.querySelector<HTMLElement>('[data-now]')!.hidden = !isRunning(date, today);
    (index < room ? inView : rest).append(date.item);
  });
  inView.dataset.ready = '';
}
