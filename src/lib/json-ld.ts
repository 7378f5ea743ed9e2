/** schema.org structured data for document pages, and its safe serialisation into a <script> element. */
import type { DocumentData } from './content-schema';
import { parseViDate, toIsoDate } from './dates';
import { LOAI_VAN_BAN } from './taxonomy';

/** `url` is absent when the build has no SITE_URL (JSON.stringify then leaves it out). */
export function legislationJsonLd(data: DocumentData, url: string | undefined): Record<string, unknown> {
  const date = data.ngayBanHanh ? parseViDate(data.ngayBanHanh) : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: data.title,
    url,
    inLanguage: 'vi',
    legislationType: LOAI_VAN_BAN[data.loai],
    ...(data.soHieu && { legislationIdentifier: data.soHieu }),
    ...(date && { legislationDate: toIsoDate(date) }),
    legislationPassedBy: { '@type': 'Organization', name: data.coQuan },
    legislationJurisdiction: 'VN',
    ...(data.tinhTrang === 'con-hieu-luc' && { legislationLegalForce: 'https://schema.org/InForce' }),
  };
}

export interface ExplainerJsonLdInput {
  title: string;
  description: string;
  url: string | undefined;
  /** Date the content was checked, dd/mm/yyyy. */
  checked: string;
  /** Absolute URLs of the articles and documents the explainer cites (none without SITE_URL). */
  citations: (string | undefined)[];
  publisher: string;
}

/** schema.org Article for an explainer, citing the legal texts it rests on. */
export function explainerJsonLd(input: ExplainerJsonLdInput): Record<string, unknown> {
  const checked = parseViDate(input.checked);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.title,
    description: input.description,
    url: input.url,
    inLanguage: 'vi',
    ...(checked && { dateModified: toIsoDate(checked) }),
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: input.publisher },
    citation: input.citations.filter((url) => url !== undefined).map((url) => ({ '@type': 'CreativeWork', url })),
  };
}

export interface FaqItem {
  question: string;
  /** Plain text: structured data must not carry HTML. */
  answer: string;
  url: string | undefined;
}

/** schema.org FAQPage for the questions page. */
export function faqPageJsonLd(items: FaqItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: 'vi',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      url: item.url,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves "</script>" and
 * "<!--" intact, so a title containing them would end the element and run what follows; escaping
 * <, > and & as \u003c, \u003e, \u0026 (and the line separators U+2028/U+2029) keeps the same
 * data while no HTML parser can see markup in it.
 */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
