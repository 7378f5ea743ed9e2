/**
 * The header search box: results open in a panel under the box as the reader types.
 * Arrow keys move through the results, Escape closes, Enter opens the full search page.
 */
import { loadPagefind, search } from './engine';
import { resultItem, statusText } from './render';

// Three results keep the first search light (each result fetches its page text for the excerpt).
const PANEL_RESULTS = 3;

export function attachHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLUListElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const ticket = ++latest;
    const raw = input.value;
    if (!raw.trim()) return close();
    panel.hidden = false;
    status.textContent = 'Đang tìm…';
    const outcome = await search(raw);
    const views = await outcome.views(0, PANEL_RESULTS);
    if (ticket !== latest) return; // a newer keystroke already answered
    list.replaceChildren(...views.map((view) => resultItem(view, 2)));
    status.textContent = statusText(outcome.query, outcome.total);
    more.hidden = outcome.total === 0;
    more.href = `${form.action}?q=${encodeURIComponent(outcome.query)}`;
    more.textContent = outcome.total > PANEL_RESULTS ? `Xem tất cả ${outcome.total} kết quả và lọc` : 'Mở trang tìm kiếm để lọc kết quả';
  };

  input.addEventListener('input', run);
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a:not([hidden])')];
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      close();
      input.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    if (!all.length || panel.hidden) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]!.focus();
    else if (at <= 0) input.focus();
    else all[at - 1]!.focus();
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null) && event.relatedTarget) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && list.childElementCount) panel.hidden = false;
  });
  // Focus already means "about to search": fetch Pagefind while the reader types.
  void loadPagefind();
  if (input.value.trim()) void run();
}
