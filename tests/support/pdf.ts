/** Reading PDFs with poppler (pdfinfo, pdftoppm, pdftotext): page sizes, text layer, QR code. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';

export function pdfPages(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9', file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** "Title", "Author" … of the document information. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries([...out.matchAll(/^([A-Za-z ]+):\s+(.*)$/gm)].map((m) => [m[1]!.trim(), m[2]!.trim()]));
}

/** The text layer, lines joined by spaces (words a line break splits come back whole). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Decodes the QR code of the first page (rendered about 2000 px across whatever the physical size), or null. */
export async function decodeQr(pdf: string): Promise<string | null> {
  const dir = mkdtempSync(path.join(tmpdir(), 'qr-'));
  try {
    const info = pdfPages(pdf)[0]!;
    const dpi = Math.max(1, Math.round((2000 / info.width) * 72));
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', pdf, path.join(dir, 'p')]);
    const png = path.join(dir, readdirSync(dir)[0]!);
    const { data, info: raw } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), raw.width, raw.height)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
