/**
 * Quotations on built pages must be verbatim from content/nguon/: every paragraph of a blockquote,
 * and every inline “…” after "viết:" (how explainers and answers quote a clause). A changed word
 * publishes a false legal text, so it fails the build. Controls inside a quotation that are not
 * quoted words (a permalink "#") carry `data-quote-ignore`.
 */
import type { HTMLElement } from 'node-html-parser';
import { normaliseWhitespace } from '../legal-text';
import { htmlFiles, readHtml, urlPathOf } from './site-files';

export interface Misquote {
  page: string;
  quote: string;
  element: HTMLElement;
}

const text = (element: HTMLElement) => normaliseWhitespace(element.textContent.normalize('NFC'));

const quotedText = (element: HTMLElement) => {
  for (const control of element.querySelectorAll('[data-quote-ignore]')) control.remove();
  return text(element);
};

/** Misquotes on every page of `dist`, against the whitespace-normalised bodies of the source texts. */
export function checkQuotes(dist: string, sources: string[]): { checked: number; misquotes: Misquote[] } {
  const normalised = sources.map((source) => normaliseWhitespace(source.normalize('NFC')));
  const verbatim = (quote: string) => normalised.some((source) => source.includes(quote));
  const misquotes: Misquote[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const main = readHtml(file).querySelector('main');
    if (!main) continue;
    const page = urlPathOf(dist, file);
    for (const quote of main.querySelectorAll('blockquote')) {
      for (const part of quote.querySelectorAll('p, li:not(:has(p))')) {
        checked++;
        const quoted = quotedText(part);
        if (!verbatim(quoted)) misquotes.push({ page, quote: quoted, element: part });
      }
    }
    for (const paragraph of main.querySelectorAll('p, li:not(:has(p))')) {
      for (const match of text(paragraph).matchAll(/viết: “([^”]+)”/g)) {
        checked++;
        if (!verbatim(match[1]!)) misquotes.push({ page, quote: match[1]!, element: paragraph });
      }
    }
  }
  return { checked, misquotes };
}
