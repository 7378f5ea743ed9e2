/**
 * Turns a content file's bytes into text the way Astro reads it (UTF-8, a leading BOM dropped),
 * or explains in Vietnamese why it cannot: UTF-16 (Notepad's "Unicode"), legacy Vietnamese
 * encodings (Windows-1258, TCVN3/VNI fonts) and stray NUL bytes all read as garbage or crash the
 * YAML parser with "null byte is not allowed".
 */
import type { ContentProblem } from '../content-error';

/** The text, or the problem (its file is filled in by the caller). */
export type Decoded = { ok: true; text: string } | ({ ok: false } & Omit<ContentProblem, 'file' | 'field'>);

const SAVE_AS_UTF8 = 'mở tệp bằng trình soạn thảo (Notepad, VS Code) và lưu lại dạng "UTF-8" (Lưu thành… → Mã hoá: UTF-8).';

const lineOfByte = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

export function decodeContentFile(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'tệp được lưu dạng UTF-16 ("Unicode" của Notepad), lệnh dựng không đọc được.', fix: SAVE_AS_UTF8 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineOfByte(bytes, nul),
      problem: 'tệp có ký tự rỗng (NUL), thường do lưu dạng UTF-16 hoặc chép từ tệp nhị phân.',
      fix: SAVE_AS_UTF8,
    };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return {
      ok: false,
      line: lineOfByte(bytes, invalid),
      problem: 'tệp không ở dạng UTF-8 (có thể là bảng mã cũ như Windows-1258, TCVN3 hay VNI), chữ có dấu sẽ hiện sai.',
      fix: SAVE_AS_UTF8,
    };
  }
  // TextDecoder drops a leading UTF-8 BOM, as Astro's frontmatter and YAML parsers do.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
