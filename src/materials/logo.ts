/**
 * A school logo from the bytes of an uploaded file: PNG, JPEG or SVG, at most 1 MB. The type is
 * read from the bytes (a renamed file is caught), the pixel size from the image header, and an
 * SVG is sanitised (svg-sanitise.ts). The result is what templates take: a data URL and the
 * intrinsic size. Messages are Vietnamese, for the person uploading. Portable.
 */
import type { SchoolLogo } from './templates/types.ts';
import { sanitiseSvg } from './svg-sanitise.ts';

export const LOGO_MAX_BYTES = 1024 * 1024;

export type LogoType = 'png' | 'jpeg' | 'svg';

export type LogoResult = { logo: SchoolLogo; type: LogoType } | { problem: string };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** What the bytes are, whatever the file is called. */
export function sniffImage(bytes: Uint8Array): LogoType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  // SVG is text: after an optional BOM, XML declaration, comments and doctype comes <svg.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^\s*(<\?xml[\s\S]*?\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, '');
  return /^<svg[\s>]/.test(rest) ? 'svg' : undefined;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Size from the first start-of-frame marker (baseline, progressive …). */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return undefined;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const formatMb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;

export function readLogo(bytes: Uint8Array): LogoResult {
  if (bytes.length > LOGO_MAX_BYTES)
    return { problem: `Logo nặng ${formatMb(bytes.length)}, quá 1 MB. Hãy chọn tệp nhỏ hơn hoặc thu nhỏ ảnh.` };
  const type = sniffImage(bytes);
  if (!type) return { problem: 'Tệp này không phải ảnh PNG, JPEG hay SVG (dù tên tệp ghi gì). Hãy chọn ảnh logo ở một trong ba dạng đó.' };
  if (type === 'svg') {
    const result = sanitiseSvg(new TextDecoder().decode(bytes));
    if ('problem' in result) return result;
    const dataUrl = `data:image/svg+xml;base64,${base64(new TextEncoder().encode(result.svg))}`;
    return { type, logo: { dataUrl, width: result.width, height: result.height } };
  }
  const size = type === 'png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return { problem: 'Ảnh logo bị hỏng, không đọc được kích thước. Hãy chọn tệp khác.' };
  return { type, logo: { dataUrl: `data:image/${type};base64,${base64(bytes)}`, ...size } };
}
