/** Names of library documents for places where space is short (source links, căn cứ lines). */
import type { DocumentData } from './content-schema';
import { LOAI_VAN_BAN } from './taxonomy';

/** "Công văn 85/GD&ĐT-TCCB"; a document without a number keeps its short name. */
export function shortDocumentName(data: Pick<DocumentData, 'loai' | 'soHieu' | 'tenNgan'>): string {
  return data.soHieu ? `${LOAI_VAN_BAN[data.loai]} ${data.soHieu}` : data.tenNgan;
}
