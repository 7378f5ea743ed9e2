/** The words of a Satori SVG (text kept as <text>) become the PDF's invisible text layer. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { InvisibleTextLayer, textRuns } from './text-layer';

describe('text layer', () => {
  it('reads words with position and width, unescaping XML, without line-break controls, dropping blank runs', () => {
    const svg =
      '<svg><text x="0" y="29" width="136.38" height="37.95" font-size="30" fill="#333">TRƯỜNG</text><text x="136.38" y="29" width="6.9" font-size="30"> </text>' +
      '<text x="143.2" y="29" width="50" font-size="30">A&amp;B&lt;&#39;</text><text x="0" y="60" width="90" font-size="30">73/\u20602006/\u2060QH11\u00A0ở</text></svg>';
    expect(textRuns(svg)).toEqual([
      { x: 0, y: 29, width: 136.38, fontSize: 30, text: 'TRƯỜNG' },
      { x: 143.2, y: 29, width: 50, fontSize: 30, text: "A&B<'" },
      { x: 0, y: 60, width: 90, fontSize: 30, text: '73/2006/QH11 ở' },
    ]);
  });

  it('gives pdftotext the words back, Vietnamese and beyond 255 distinct characters, without drawing anything', async () => {
    const doc = new PDFDocument({ size: [600, 200], margin: 0, autoFirstPage: false, font: null as unknown as string });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    const layer = new InvisibleTextLayer(doc);
    doc.addPage({ size: [600, 200], margin: 0 });
    const many = Array.from({ length: 300 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    layer.draw(
      [
        { x: 10, y: 40, width: 200, fontSize: 30, text: 'TRƯỜNG' },
        { x: 220, y: 40, width: 100, fontSize: 30, text: 'MẦM' },
        { x: 10, y: 90, width: 580, fontSize: 4, text: many },
      ],
      { left: 0, top: 0, scaleX: 1, scaleY: 1 },
    );
    layer.finish();
    doc.end();
    await done;
    const dir = mkdtempSync(path.join(tmpdir(), 'text-layer-'));
    try {
      const file = path.join(dir, 'x.pdf');
      writeFileSync(file, Buffer.concat(chunks));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('TRƯỜNG MẦM');
      expect(text.replace(/\s/g, '')).toContain(many);
      execFileSync('pdftoppm', ['-r', '20', '-png', file, path.join(dir, 'p')]);
      const { min } = (await sharp(path.join(dir, 'p-1.png')).stats()).channels[0]!;
      expect(min).toBe(255);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
