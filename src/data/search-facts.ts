/**
 * What the search code needs to know about the site and cannot ask the index: where the
 * Law is and how many articles it has ("dieu 99" gets a plain answer, "dieu 14" + Enter
 * opens the article), and where the library is (the way on when search cannot load).
 * Pages hand these to the browser as data attributes of the search forms.
 */
import { getCatalog } from './catalog';
import { href } from './urls';
import { allArticles } from '../lib/legal-text';
import { LAW_SLUG } from '../lib/citation-label';
import { routes } from '../lib/routes';

export async function searchFactAttributes(): Promise<Record<`data-${string}`, string>> {
  const catalog = await getCatalog();
  const law = catalog.bySlug.get(LAW_SLUG);
  const text = law && catalog.legalText(law);
  return {
    'data-library-url': href(routes.library()),
    ...(text
      ? {
          'data-law-slug': LAW_SLUG,
          'data-law-url': href(routes.document(LAW_SLUG)),
          'data-law-articles': String(allArticles(text).length),
        }
      : {}),
  };
}
