/**
 * "Căn cứ" lines of a school plan, written from the library's data as Nghị định 30/2020/NĐ-CP
 * (Phụ lục I) asks: kind, number, date, issuer and subject of the document; a law by its name
 * and date only. Dates: a day below 10 and the months 1 and 2 take a leading zero.
 */
import { parseViDate, type ViDate } from './dates';
import { LOAI_VAN_BAN, type LoaiVanBan } from './taxonomy';

export interface BasisDocument {
  loai: LoaiVanBan;
  title: string;
  soHieu: string | null;
  coQuan: string;
  ngayBanHanh: string | null;
}

/** "ngày 03 tháng 3 năm 2021", "ngày 26 tháng 01 năm 2022". */
export function adminDateLong(date: ViDate): string {
  const day = String(date.day).padStart(2, '0');
  const month = date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The căn cứ line, or the reason it cannot be written (a missing number or date). */
export function basisLine(doc: BasisDocument): { ok: true; line: string } | { ok: false; missing: 'soHieu' | 'ngayBanHanh' } {
  const date = doc.ngayBanHanh ? parseViDate(doc.ngayBanHanh) : null;
  if (!date) return { ok: false, missing: 'ngayBanHanh' };
  const kind = LOAI_VAN_BAN[doc.loai];
  if (doc.loai === 'luat') return { ok: true, line: `Căn cứ ${doc.title} ${adminDateLong(date)};` };
  if (!doc.soHieu) return { ok: false, missing: 'soHieu' };
  const subject = doc.title.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi'))
    ? doc.title.slice(kind.length).trim()
    : doc.title;
  return { ok: true, line: `Căn cứ ${kind} số ${doc.soHieu} ${adminDateLong(date)} của ${doc.coQuan} ${subject};` };
}
