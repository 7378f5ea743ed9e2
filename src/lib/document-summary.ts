/**
 * A document in one line at the top of its page, so a phone shows the text, not a panel:
 * kind and number · date · status · period, the status as lib/document-status words it (with its
 * source and the day it was checked, never a bare "Còn hiệu lực"; an ended period said so). The
 * name part is what search should find on the page ("nghị định 48"); the rest is the panel's business.
 */
import type { DocumentData } from './content-schema';
import type { DocumentStatus } from './document-status';
import { LOAI_VAN_BAN } from './taxonomy';

export function summaryLine(
  data: Pick<DocumentData, 'loai' | 'soHieu' | 'ngayBanHanh'>,
  status: Pick<DocumentStatus, 'validity' | 'period'>,
): { name: string; rest: string } {
  return {
    name: data.soHieu ? `${LOAI_VAN_BAN[data.loai]} ${data.soHieu}` : 'Không ghi số hiệu',
    rest: ['', data.ngayBanHanh ?? 'không ghi ngày', status.validity, status.period?.label]
      .filter((part) => part !== undefined)
      .join(' · '),
  };
}
