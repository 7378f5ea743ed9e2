/**
 * A document in one line at the top of its page, so a phone shows the text, not a panel:
 * kind and number · date · status, the status as lib/document-status words it (with its source
 * and the day it was checked, never a bare "Còn hiệu lực"). The name part is what search should
 * find on the page ("nghị định 48"); the rest is the panel's business.
 */
import type { DocumentData } from './content-schema';
import { LOAI_VAN_BAN } from './taxonomy';

export function summaryLine(data: Pick<DocumentData, 'loai' | 'soHieu' | 'ngayBanHanh'>, validity: string): { name: string; rest: string } {
  return {
    name: data.soHieu ? `${LOAI_VAN_BAN[data.loai]} ${data.soHieu}` : 'Không ghi số hiệu',
    rest: ` · ${data.ngayBanHanh ?? 'không ghi ngày'} · ${validity}`,
  };
}
