/** Vietnamese text helpers: Unicode normalisation, diacritic folding and ASCII slugs. */

export function toNfc(text: string): string {
  return text.normalize('NFC');
}

export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

/**
 * Removes Vietnamese diacritics, including đ/Đ which has no Unicode decomposition
 * and therefore survives a plain NFD + combining-mark strip.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII, lower-case, hyphen-separated slug: "Điều 5 – Giải thích" → "dieu-5-giai-thich". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isAsciiSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/** Upper-cases the first letter, for a label that starts a sentence or a list item: "khoản 2 …" → "Khoản 2 …". */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
