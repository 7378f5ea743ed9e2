/** Labels of inline citations written by <Dieu> in explainers and answers. */
import { capitalise } from './vietnamese';

/** The document <Dieu> cites unless told otherwise. */
export const LAW_SLUG = 'luat-binh-dang-gioi-2006';

export interface InlineCitation {
  so: number;
  khoan?: number;
  /** Capitalised, at the start of a sentence. */
  hoa?: boolean;
  /** Short name of a document other than the Law, appended to the label. */
  tenVanBan?: string;
}

/** "khoản 2 Điều 14", "Khoản 2 Điều 14", "Điều 3 Nghị định 125/2021/NĐ-CP". */
export function inlineCitationLabel({ so, khoan, hoa = false, tenVanBan }: InlineCitation): string {
  const label = (khoan === undefined ? '' : `khoản ${khoan} `) + `Điều ${so}` + (tenVanBan ? ` ${tenVanBan}` : '');
  return hoa ? capitalise(label) : label;
}
