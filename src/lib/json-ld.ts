/** schema.org structured data for document pages. */
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
