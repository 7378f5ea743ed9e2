/**
 * A document in one line at the top of its page, so a phone shows the text, not a panel:
 * number · date · status, the status as lib/document-status words it (with its source and the
 * day it was checked, never a bare "Còn hiệu lực").
 */
import type { DocumentData } from './content-schema';

export function summaryLine(data: Pick<DocumentData, 'soHieu' | 'ngayBanHanh'>, validity: string): string {
  return [data.soHieu ?? 'Không ghi số hiệu', data.ngayBanHanh ?? 'không ghi ngày', validity].join(' · ');
}
