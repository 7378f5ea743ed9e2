/**
 * The search page /tim-kiem/?q=…&loai-trang=…: the URL holds the query and the chosen
 * filters, so a link shared in Zalo reopens the same results.
 */
import { SEARCH_FILTERS, type SearchFilterKey } from '../../lib/search-facets';
import { allFilters, search } from './engine';
import { resultItem, statusText } from './render';

const PAGE_SIZE = 20;
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

export async function attachSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const filterDetails = root.querySelector<HTMLDetailsElement>('[data-search-filter-box]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const state = readUrl();
  input.value = state.q;
  let latest = 0;

  // One fieldset per filter, values from the whole index; counts follow the query.
  const available = await allFilters();
  const checkboxes: HTMLInputElement[] = [];
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
      box.checked = state.filters[key]?.includes(value) ?? false;
      const text = document.createElement('span');
      text.textContent = value;
      label.append(box, text);
      fieldset.append(label);
      checkboxes.push(box);
    }
    filterBox.append(fieldset);
  }
  filterDetails.hidden = checkboxes.length === 0;
  // Open beside the results on wide screens; on a phone, folded above them unless in use.
  filterDetails.open = matchMedia('(min-width: 48rem)').matches || checkboxes.some((box) => box.checked);

  const chosenFilters = (): Record<string, string[]> => {
    const filters: Record<string, string[]> = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
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
    const outcome = await search(input.value, filters);
    let shown = Math.min(PAGE_SIZE, outcome.total);
    const views = await outcome.views(0, shown);
    if (ticket !== latest) return;
    list.replaceChildren(...views.map((view) => resultItem(view, 4)));
    status.textContent = statusText(outcome.query, outcome.total);
    for (const box of checkboxes) {
      const count = outcome.counts[box.name]?.[box.value] ?? 0;
      box.nextElementSibling!.textContent = `${box.value} (${count})`;
    }
    more.hidden = shown >= outcome.total;
    more.onclick = async () => {
      const next = await outcome.views(shown, shown + PAGE_SIZE);
      shown += next.length;
      list.append(...next.map((view) => resultItem(view, 4)));
      more.hidden = shown >= outcome.total;
    };
  };

  for (const box of checkboxes) box.addEventListener('change', run);
  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}
