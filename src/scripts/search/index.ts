/** The one search chunk, fetched on first focus of a search box or by the search page. */
export { attachHeaderSearch } from './header';
export { attachSearchPage } from './page';
