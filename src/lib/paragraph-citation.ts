/**
 * Checks a citation of a paragraph against the document's text: the anchor must exist and
 * the quoted words must appear in that paragraph (whitespace-insensitive, NFC).
 */
import { ContentError } from './content-error';
import type { OutlineParagraph } from './outline';
import type { ParagraphCitation } from './toolkit-schema';

export const EDITOR_NOTE_ID = 'ghi-chu-bien-tap';

export interface CitableDocument {
  /** Short name, e.g. "Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang". */
  name: string;
  paragraphs: OutlineParagraph[];
  /** The editor's note shown on the document page (markdown body), if any. */
  editorNote: string;
}

/** Where a citation is written, for the error: e.g. content/lich/x.yaml, field "nguon[0]". */
export interface CitationSite {
  file: string;
  field: string;
}

export interface CitedParagraph {
  anchor: string;
  label: string;
  text: string;
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The cited paragraph; throws a ContentError naming the file and field when it cannot be found or does not hold the quote. */
export function resolveParagraphCitation(doc: CitableDocument, citation: ParagraphCitation, site: CitationSite): CitedParagraph {
  let text: string;
  let label: string;
  if (citation.doan === EDITOR_NOTE_ID) {
    text = doc.editorNote;
    label = `ghi chú biên tập về ${doc.name}`;
  } else {
    const paragraph = doc.paragraphs.find((p) => p.id === citation.doan);
    if (!paragraph) {
      throw new ContentError({
        ...site,
        problem: `${doc.name} không có đoạn "${citation.doan}".`,
        fix: 'mở trang văn bản, lấy mã neo (phần sau dấu #) của đoạn cần dẫn.',
      });
    }
    text = paragraph.text;
    label = `${doc.name}, ${paragraph.label}`;
  }
  if (!squash(text).includes(squash(citation.trichDan))) {
    throw new ContentError({
      ...site,
      problem: `đoạn "${citation.doan}" của ${doc.name} không chứa câu trích "${citation.trichDan}".`,
      fix: 'chép nguyên văn một phần của đoạn đó (giữ dấu, dấu câu), hoặc sửa mã đoạn.',
    });
  }
  return { anchor: citation.doan, label, text };
}
