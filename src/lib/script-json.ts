/**
 * JSON for a `<script type="application/json">` data block: "<" is escaped so no text in the data
 * (a "</script>" in a title) can end the block, and U+2028/U+2029 so it stays valid in any parser.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
