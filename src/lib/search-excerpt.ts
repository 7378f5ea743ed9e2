/**
 * An excerpt centred on where the query's words stand side by side. Pagefind centres its
 * excerpt on the densest cluster of matched words, which for "dinh kien gioi" can be a
 * paragraph that says "quy định" and "giới" but not "định kiến giới".
 */

import { runStarts } from './search-query';
import { restoreDStroke } from './search-d-stroke';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Position of the first of `count` matched words standing side by side, or undefined. */
export const firstRun = (locations: number[], count: number): number | undefined => runStarts(locations, count)[0];

/**
 * `length` words of `content` (split on spaces, as Pagefind counts positions) around the run
 * starting at `start`, escaped, with <mark> around every matched word, as Pagefind's excerpts are.
 */
export function excerptAt(content: string, locations: number[], start: number, count: number, length: number): string {
  const words = content.split(/\s+/);
  const from = Math.max(0, Math.min(start - Math.floor((length - count) / 2), words.length - length));
  const marked = new Set(locations);
  return words
    .slice(from, from + length)
    .map((word, i) => (marked.has(from + i) ? `<mark>${escape(word)}</mark>` : escape(word)))
    .join(' ');
}

const letters = (word: string | undefined) =>
  restoreDStroke(word ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Position of the first matched word written with the accents as typed ("bảo", not "bạo"):
 * Pagefind matches both, and its excerpt may show the other one. `content` is the indexed text.
 */
export function firstExactMatch(content: string, locations: number[], typed: string): number | undefined {
  const words = content.split(/\s+/);
  const wanted = letters(typed);
  return [...locations].sort((a, b) => a - b).find((position) => letters(words[position]).startsWith(wanted));
}
