/**
 * The copy of a page that Pagefind indexes (the served page is untouched).
 * Pagefind stores every element with an id as an "anchor" with its text: on the Law,
 * 312 clause and point anchors doubled the fragment a reader downloads per result.
 * Only headings make sub-results, so only heading ids are kept, and an article's
 * heading takes the article's shared anchor ("dieu-14-tieu-de" → "dieu-14").
 * Its text and searched metadata write đ as search-d-stroke marks it, so "dang" finds "đẳng".
 */
import { parse, TextNode, type Node } from 'node-html-parser';
import { markDStroke } from './search-d-stroke.ts';

const HEADING = /^h[1-6]$/i;
/** LegalText names a heading after its section: `<section id="x"><h3 id="x-tieu-de">`. */
const TITLE_SUFFIX = /-tieu-de$/;

/** Null for a page that is not searchable (no `data-pagefind-body`, e.g. the search page). */
export function htmlForIndex(html: string): string | null {
  const root = parse(html, { comment: false });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return null;
  for (const element of body.querySelectorAll('[id]')) {
    if (HEADING.test(element.tagName)) element.setAttribute('id', element.id.replace(TITLE_SUFFIX, ''));
    else element.removeAttribute('id');
  }
  markText(body);
  // setAttribute stores its value as raw HTML: hand it the raw value, marked.
  for (const meta of root.querySelectorAll('meta[data-pagefind-meta]'))
    meta.setAttribute('content', markDStroke(meta.rawAttributes.content ?? ''));
  return root.toString();
}

/** Raw HTML text is safe to edit: đ is never part of an entity or a tag. */
function markText(node: Node): void {
  for (const child of node.childNodes) {
    if (child instanceof TextNode) child.rawText = markDStroke(child.rawText);
    else markText(child);
  }
}
