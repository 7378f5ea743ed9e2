/**
 * The generated .docx opens in LibreOffice and keeps the layout of Nghị định 30/2020/NĐ-CP:
 * A4, the decree's margins, Times New Roman, the school's name and the Quốc hiệu.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAdminDocument, validatePlanForm, type PlanFormValues } from '../src/lib/plan';
import { PAGE_MM, QUOC_HIEU, TIEU_NGU, toDocx } from '../src/lib/plan-docx';
import { ACTIVITIES, VALUES } from './support/plan-fixture';
import { docxToPdf } from './support/libreoffice';

const MM = 72 / 25.4;

async function render(values: PlanFormValues) {
  const result = validatePlanForm(values, ACTIVITIES);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const buffer = await Packer.toBuffer(toDocx(buildAdminDocument(result.input)));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'plan-')), `${values.loai}.docx`);
  writeFileSync(file, buffer);
  return { buffer, file };
}

/** Word boxes of every page, from pdftotext -bbox. */
function words(pdf: string) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .flatMap((page, index) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: index + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: m[5]!,
      })),
    );
}

describe.each(['ke-hoach', 'bao-cao-6-thang'])('%s as .docx', (loai) => {
  let docx: string;
  let pdf: string;
  beforeAll(async () => {
    const rendered = await render({ ...VALUES, loai });
    docx = rendered.file;
    pdf = docxToPdf(rendered.file);
    if (process.env.KEEP_RENDERS) execFileSync('cp', [pdf, rendered.file, process.env.KEEP_RENDERS]);
  });

  it('document XML uses Times New Roman and holds the school name, Quốc hiệu and tiêu ngữ', () => {
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    const styles = execFileSync('unzip', ['-p', docx, 'word/styles.xml'], { encoding: 'utf8' });
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman)/);
    expect(xml).toContain('TRƯỜNG MẦM NON HỒNG DƯƠNG');
    expect(xml).toContain(QUOC_HIEU);
    expect(xml).toContain(TIEU_NGU);
    expect(xml).toContain('<w:jc w:val="both"/>');
  });

  it('opens in LibreOffice as an A4 PDF whose text stays inside the decree margins', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const all = words(pdf);
    // Page numbers sit in the top margin, centred over the text, from page 2 on (none on page 1).
    const inTopMargin = all.filter((w) => w.yMax < PAGE_MM.top * MM);
    const pages = Math.max(...all.map((w) => w.page));
    if (loai === 'ke-hoach') expect(pages).toBeGreaterThan(1);
    expect(inTopMargin.map((w) => `${w.page}:${w.text}`)).toEqual(Array.from({ length: pages - 1 }, (_, i) => `${i + 2}:${i + 2}`));
    for (const w of inTopMargin)
      expect(Math.abs((w.xMin + w.xMax) / 2 - ((PAGE_MM.left + PAGE_MM.width - PAGE_MM.right) / 2) * MM)).toBeLessThan(3);
    const boxes = all.filter((w) => !inTopMargin.includes(w));
    expect(boxes.length).toBeGreaterThan(100);
    const left = Math.min(...boxes.map((w) => w.xMin));
    const right = Math.max(...boxes.map((w) => w.xMax));
    const top = Math.min(...boxes.map((w) => w.yMin));
    const bottom = Math.max(...boxes.map((w) => w.yMax));
    // Text sits inside the margins and, for justified body text, reaches them (within 3 mm).
    // Word boxes include the font's full ascent, which may reach up to 1 mm beyond the first and last line boxes.
    expect(left).toBeGreaterThanOrEqual(PAGE_MM.left * MM - 1);
    expect(left).toBeLessThan((PAGE_MM.left + 3) * MM);
    expect(right).toBeLessThanOrEqual((PAGE_MM.width - PAGE_MM.right) * MM + 1);
    expect(right).toBeGreaterThan((PAGE_MM.width - PAGE_MM.right - 3) * MM);
    expect(top).toBeGreaterThanOrEqual((PAGE_MM.top - 1) * MM);
    expect(top).toBeLessThan((PAGE_MM.top + 5) * MM);
    expect(bottom).toBeLessThanOrEqual((PAGE_MM.height - PAGE_MM.bottom + 1) * MM);
    // Only Liberation Serif (LibreOffice's metric-compatible Times New Roman): no fallback font for Vietnamese letters.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+LiberationSerif/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Nguyễn Thị Bích Hòa');
  });
});
