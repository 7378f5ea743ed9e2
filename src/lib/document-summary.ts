/**
 * A document in one line at the top of its page, so a phone shows the text, not a panel:
 * number · date · status ("73/2006/QH11 · 29/11/2006 · Còn hiệu lực").
 */
import type { DocumentData } from './content-schema';
import { TINH_TRANG } from './taxonomy';

export function summaryLine(data: Pick<DocumentData, 'soHieu' | 'ngayBanHanh' | 'tinhTrang'>): string {
  return [data.soHieu ?? 'Không ghi số hiệu', data.ngayBanHanh ?? 'không ghi ngày', TINH_TRANG[data.tinhTrang]].join(' · ');
}
