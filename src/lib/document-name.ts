/** Names of library documents for places where space is short (source links, căn cứ lines). */
import type { DocumentData } from './content-schema';
import { LOAI_VAN_BAN } from './taxonomy';

/** "Công văn 85/GD&ĐT-TCCB"; a document without a number keeps its short name. */
export function shortDocumentName(data: Pick<DocumentData, 'loai' | 'soHieu' | 'tenNgan'>): string {
  return data.soHieu ? `${LOAI_VAN_BAN[data.loai]} ${data.soHieu}` : data.tenNgan;
}

/**
 * Link text for a cited paragraph: "Công văn 85/GD&ĐT-TCCB, mục 1, ý 3" for the full label
 * "Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang, mục 1, gạch đầu dòng thứ 3".
 */
export function shortSourceLabel(label: string, name: string, shortName: string): string {
  return label
    .replace(name, shortName)
    .replace(/gạch đầu dòng thứ (\d+)/, 'ý $1')
    .replace(/^ghi chú biên tập về (.+)$/, '$1, ghi chú biên tập');
}
