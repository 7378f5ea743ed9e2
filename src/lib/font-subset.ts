/**
 * The Latin part of the web font, cut down to what Vietnamese text uses: ASCII, the Latin-1
 * letters of Vietnamese (à á â ã è é ê ì í ò ó ô õ ù ú ý and capitals) and common punctuation.
 * The Vietnamese-only letters (ă đ ơ ư ạ ả …) stay in Fontsource's "vietnamese" subset file.
 * Cuts the Latin file from 21.2 KB to about 15 KB on every first visit.
 */

const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

export const LATIN_SUBSET_TEXT = ASCII + '\u00a0àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ×«»°·©²³–—‘’“”…•→›€';

/** CSS unicode-range for a set of characters, consecutive code points merged. */
export function unicodeRange(text: string): string {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const point of points) {
    const last = ranges.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

export function coveredBy(range: string): (char: string) => boolean {
  const spans = range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
  });
  return (char) => {
    const point = char.codePointAt(0)!;
    return spans.some(([a, b]) => point >= a && point <= b);
  };
}
