/**
 * The search page /tim-kiem/?q=…&loai-trang=…: the URL holds the query and the chosen
 * filters, so a link shared in Zalo reopens the same results. The first results are drawn
 * as soon as they arrive; filters and the rest of the list follow.
 */
import { SEARCH_FILTERS, type SearchFilterKey } from '../../lib/search-facets';
import { allFilters, search } from './engine';
import { readFacts } from './facts';
import { libraryNotice, noArticleNotice, noArticleStatus, resultItem, statusText, unavailableText } from './render';
import { onTypingPause } from './typing';

const PAGE_SIZE = 20;
/** Results drawn before the texts of the others have arrived. */
const FIRST_BATCH = 5;
const FILTER_KEYS = Object.keys(SEARCH_FILTERS) as SearchFilterKey[];

function readUrl(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) filters[key] = params.getAll(key);
  return { q: params.get('q') ?? '', filters };
}

function writeUrl(q: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const key of FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? `?${query}` : ''));
}

/** One fieldset per filter, values from the whole index; `chosen` are ticked. */
function filterFieldsets(available: Record<string, Record<string, number>>, chosen: Record<string, string[]>): HTMLFieldSetElement[] {
  const fieldsets: HTMLFieldSetElement[] = [];
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'vi'));
    if (!values.length) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = SEARCH_FILTERS[key];
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen[key]?.includes(value) ?? false;
      const text = document.createElement('span');
      text.textContent = value;
      label.append(box, text);
      fieldset.append(label);
    }
    fieldsets.push(fieldset);
  }
  return fieldsets;
}

export async function attachSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterDetails = root.querySelector<HTMLDetailsElement>('[data-search-filter-box]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const facts = readFacts(form);
  const state = readUrl();
  input.value = state.q;
  let latest = 0;
  let checkboxes: HTMLInputElement[] = [];
  let lastCounts: Record<string, Record<string, number>> = {};

  const chosenFilters = (): Record<string, string[]> => {
    if (!checkboxes.length) return state.filters; // filters not drawn yet: those of the URL
    const filters: Record<string, string[]> = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
  };
  const showCounts = () => {
    for (const box of checkboxes) box.nextElementSibling!.textContent = `${box.value} (${lastCounts[box.name]?.[box.value] ?? 0})`;
  };

  const run = async () => {
    const ticket = ++latest;
    const filters = chosenFilters();
    writeUrl(input.value.trim() ? input.value : '', filters);
    if (!input.value.trim()) {
      list.replaceChildren();
      status.textContent = 'Gõ từ cần tìm, có dấu hay không dấu đều được.';
      more.hidden = true;
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const outcome = await search(input.value, facts.law, filters);
      if (!outcome || ticket !== latest) return;
      if (outcome.kind === 'no-article') {
        list.replaceChildren(noArticleNotice(outcome.article, outcome.law));
        status.textContent = noArticleStatus(outcome.query, outcome.law);
        more.hidden = true;
        return;
      }
      let shown = Math.min(PAGE_SIZE, outcome.total);
      // Progressive: the first few results as soon as their texts arrive, then the rest.
      const firstViews = await outcome.views(0, Math.min(FIRST_BATCH, shown));
      if (ticket !== latest) return;
      list.replaceChildren(...firstViews.map((view) => resultItem(view, 4)));
      status.textContent = statusText(outcome.query, outcome.total);
      lastCounts = outcome.counts;
      showCounts();
      more.hidden = true;
      const restViews = await outcome.views(firstViews.length, shown);
      if (ticket !== latest) return;
      list.append(...restViews.map((view) => resultItem(view, 4)));
      more.hidden = shown >= outcome.total;
      more.onclick = async () => {
        const next = await outcome.views(shown, shown + PAGE_SIZE);
        shown += next.length;
        list.append(...next.map((view) => resultItem(view, 4)));
        more.hidden = shown >= outcome.total;
      };
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = unavailableText(error);
      list.replaceChildren(libraryNotice(facts.library));
      more.hidden = true;
    }
  };

  onTypingPause(input, () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const searched = run();

  // Filters come after the first results: they need the whole index's filter values.
  try {
    filterBox.append(...filterFieldsets(await allFilters(), state.filters));
  } catch {
    return; // search is unavailable: run() has said so
  }
  checkboxes = [...filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  for (const box of checkboxes) box.addEventListener('change', () => void run());
  filterDetails.classList.toggle('invisible', checkboxes.length === 0);
  // Open beside the results on wide screens; on a phone, folded above them unless in use.
  filterDetails.open = matchMedia('(min-width: 48rem)').matches || checkboxes.some((box) => box.checked);
  await searched;
  showCounts();
}
