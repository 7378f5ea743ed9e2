/**
 * Plain text of a short MDX answer, for structured data (FAQPage JSON-LD) where HTML is not
 * allowed. Components become their label: the children if given, else what `label` returns.
 */

export type TagAttributes = Record<string, string | true>;

const ATTRIBUTE = /([A-Za-z]+)(?:=(?:\{\s*([^}]*?)\s*\}|"([^"]*)"))?/g;
const PAIRED = /<([A-Z][A-Za-z]*)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const SELF_CLOSING = /<([A-Z][A-Za-z]*)(\s[^>]*?)?\s*\/>/g;

export function parseAttributes(source = ''): TagAttributes {
  const attributes: TagAttributes = {};
  for (const match of source.matchAll(ATTRIBUTE)) attributes[match[1]!] = match[2] ?? match[3] ?? true;
  return attributes;
}

export function mdxPlainText(body: string, label: (tag: string, attributes: TagAttributes) => string): string {
  return body
    .replace(PAIRED, (_, _tag: string, _attributes: string, children: string) => children)
    .replace(SELF_CLOSING, (_, tag: string, attributes?: string) => label(tag, parseAttributes(attributes)))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '')
    .replace(/^#+\s+|^>\s?|^[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
