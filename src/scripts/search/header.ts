/**
 * The header search box: results open in a panel under the box as the reader types.
 * Arrow keys move through the results, Escape closes, Enter opens the full search page,
 * or the article itself for "dieu 14".
 */
import { articleQuery, normaliseQuery } from '../../lib/search-query';
import { loadPagefind, search } from './engine';
import { readFacts } from './facts';
import { onTypingPause } from './typing';
import { libraryNotice, noArticleNotice, noArticleStatus, resultItem, statusText, unavailableText } from './render';

// Three results keep the first search light (each result fetches its page text for the excerpt).
const PANEL_RESULTS = 3;

export function attachHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLUListElement>('[data-search-results]')!;
  const more = panel.querySelector<HTMLAnchorElement>('[data-search-more]')!;
  const facts = readFacts(form);
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const run = async () => {
    const ticket = ++latest;
    const raw = input.value;
    if (!raw.trim()) {
      list.replaceChildren(); // an emptied box keeps no results of an older query
      return close();
    }
    panel.hidden = false;
    status.textContent = 'Đang tìm…';
    try {
      const outcome = await search(raw, facts.law);
      if (!outcome || ticket !== latest) return; // a newer query is on its way
      if (outcome.kind === 'no-article') {
        list.replaceChildren(noArticleNotice(outcome.article, outcome.law));
        status.textContent = noArticleStatus(outcome.query, outcome.law);
        more.hidden = true;
        return;
      }
      const views = await outcome.views(0, PANEL_RESULTS);
      if (ticket !== latest) return;
      list.replaceChildren(...views.map((view) => resultItem(view, 2)));
      status.textContent = statusText(outcome.query, outcome.total);
      more.hidden = outcome.total === 0;
      more.href = `${form.action}?q=${encodeURIComponent(outcome.query)}`;
      more.textContent = outcome.total > PANEL_RESULTS ? `Xem tất cả ${outcome.total} kết quả và lọc` : 'Mở trang tìm kiếm để lọc kết quả';
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = unavailableText(error);
      list.replaceChildren(libraryNotice(facts.library));
      more.hidden = true;
    }
  };

  onTypingPause(input, () => void run());
  // "dieu 14" + Enter: straight to the article, as the README promises.
  form.addEventListener('submit', (event) => {
    const article = articleQuery(normaliseQuery(input.value));
    if (!facts.law || article === null || article < 1 || article > facts.law.articles) return;
    event.preventDefault();
    location.assign(`${facts.law.url}#dieu-${article}`);
  });
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
  loadPagefind().catch(() => undefined);
  if (input.value.trim()) void run();
}
