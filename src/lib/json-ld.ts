/** schema.org structured data for document pages. */
import type { DocumentData } from './content-schema';
import { parseViDate, toIsoDate } from './dates';
import { LOAI_VAN_BAN } from './taxonomy';

export function legislationJsonLd(data: DocumentData, url: string): Record<string, unknown> {
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
