/** DOM for search results, shared by the header panel and the search page. */
import { SearchUnavailable, type ResultView } from './engine';
import css from './search.css?inline';

// Styles travel inside the search code (no CSS chunk, so no preload helper on content pages).
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind escapes page text and adds only <mark>; nothing else is trusted. */
function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-excerpt');
  paragraph.innerHTML = html;
  return paragraph;
}

export function resultItem(view: ResultView, maxSubResults: number): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('p', 'search-result-title');
  const link = element('a', '', view.title);
  link.href = view.url;
  heading.append(link);
  item.append(heading);
  if (view.loai || view.soHieu) {
    const badges = element('p', 'search-badges');
    if (view.loai) badges.append(element('span', 'search-badge', view.loai));
    if (view.soHieu) badges.append(element('span', 'search-number', view.soHieu));
    item.append(badges);
  }
  item.append(excerpt(view.excerpt));
  const subs = view.subResults.slice(0, maxSubResults);
  if (subs.length) {
    const list = element('ul', 'search-subresults');
    for (const sub of subs) {
      const subItem = element('li', '');
      const subLink = element('a', '', sub.title);
      subLink.href = sub.url;
      subItem.append(subLink, excerpt(sub.excerpt));
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}

/** A line in the result list that is not a result: a way on when there is no answer. */
export function notice(text: string, link: { href: string; text: string }): HTMLLIElement {
  const item = element('li', 'search-notice', text + ' ');
  const anchor = element('a', '', link.text);
  anchor.href = link.href;
  item.append(anchor);
  return item;
}

/** "dieu 99": the Law's size, and its table of contents. */
export function noArticleNotice(article: number, law: { url: string; articles: number }): HTMLLIElement {
  return notice(`Luật Bình đẳng giới có ${law.articles} điều, không có Điều ${article}.`, {
    href: `${law.url}#muc-luc`,
    text: `Xem mục lục ${law.articles} điều của Luật`,
  });
}

export function noArticleStatus(query: string, law: { articles: number }): string {
  return `Không có «${query}»: Luật Bình đẳng giới có ${law.articles} điều.`;
}

/** Why search gave no answer at all, in words for the reader (and for an editor running the dev server). */
export function unavailableText(error: unknown): string {
  if (error instanceof SearchUnavailable && error.message === 'dev')
    return 'Tìm kiếm chưa chạy khi xem thử bằng npm run dev: chỉ mục tìm kiếm được tạo khi dựng trang. Hãy chạy npm run build rồi npm run preview.';
  return 'Không mở được bộ tìm kiếm của trang (có thể do mạng hoặc do cài đặt máy chủ).';
}

export function libraryNotice(library: string): HTMLLIElement {
  return notice('Bạn vẫn tìm được mọi văn bản, xếp theo cấp và loại, trong', { href: library, text: 'Thư viện văn bản' });
}

export function statusText(query: string, total: number): string {
  if (!query) return '';
  if (total === 0) return `Không tìm thấy trang nào có «${query}». Hãy thử ít từ hơn hoặc từ khác, ví dụ «bạo lực», «điều 14».`;
  return `Có ${total} trang phù hợp với «${query}».`;
}
