/**
 * Every generated document type at every level opens in LibreOffice and keeps the layout of
 * Nghị định 30/2020/NĐ-CP: A4, the decree's margins, Times New Roman, the header names on as
 * few lines as fit and broken between their parts, "Số" and the date on one line, and the
 * Nơi nhận and signature block on the page of the last paragraph.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePlanForm, type PlanFormValues } from '../src/lib/plan';
import { buildAdminDocument, type AdminDocument } from '../src/lib/plan-document';
import { CELL_PADDING_MM, HEADER_LEFT_MM, PAGE_MM, QUOC_HIEU, TIEU_NGU, nameLines, toDocx } from '../src/lib/plan-docx';
import { loadActivities, loadTemplate, VALUES } from './support/plan-fixture';
import { docxToPdfs } from './support/libreoffice';

const MM = 72 / 25.4;
const TWIP = 1440 / 25.4;

/** The longest real kinds of names, one school per level. */
const SCHOOLS = {
  'mam-non': {
    tenTruong: 'Trường Mầm non Hoa Sen',
    coQuanChuQuan: 'Ủy ban nhân dân xã Văn Giang',
    xaPhuong: 'xã Văn Giang',
    vietTat: 'MNHS',
  },
  'tieu-hoc': {
    tenTruong: 'Trường Tiểu học Phụng Công',
    coQuanChuQuan: 'Ủy ban nhân dân phường Hoàng Liệt',
    xaPhuong: 'phường Hoàng Liệt',
    vietTat: 'THPC',
  },
  thcs: {
    tenTruong: 'Trường Trung học cơ sở Nguyễn Bỉnh Khiêm',
    coQuanChuQuan: 'Ủy ban nhân dân xã Hồng Dương',
    xaPhuong: 'xã Hồng Dương',
    vietTat: 'THCSNBK',
  },
} as const;
const TYPES = ['ke-hoach', 'bao-cao-6-thang', 'bao-cao-nam'] as const;

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Word boxes of every page, from pdftotext -bbox. */
function words(pdf: string): Word[] {
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
        text: m[5]!.replace(/&amp;/g, '&'),
      })),
    );
}

/** Words grouped into lines (same page, same baseline within 2 pt), left to right. */
function lines(all: Word[]): { page: number; y: number; text: string }[] {
  const rows: { page: number; y: number; words: Word[] }[] = [];
  for (const w of [...all].sort((a, b) => a.page - b.page || a.yMax - b.yMax || a.xMin - b.xMin)) {
    const row = rows.find((r) => r.page === w.page && Math.abs(r.y - w.yMax) < 2);
    if (row) row.words.push(w);
    else rows.push({ page: w.page, y: w.yMax, words: [w] });
  }
  return rows.map((r) => ({
    page: r.page,
    y: r.y,
    text: r.words
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  }));
}

interface Rendered {
  name: string;
  doc: AdminDocument;
  docx: string;
  pdf: string;
}

async function renderAll(cases: { name: string; values: PlanFormValues }[]): Promise<Rendered[]> {
  const template = await loadTemplate();
  const activities = loadActivities();
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-'));
  const docs = await Promise.all(
    cases.map(async ({ name, values }) => {
      const result = validatePlanForm(values, activities);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const doc = buildAdminDocument(result.input, template);
      const docx = path.join(dir, `${name}.docx`);
      writeFileSync(docx, await Packer.toBuffer(toDocx(doc)));
      return { name, doc, docx };
    }),
  );
  const pdfs = docxToPdfs(docs.map((d) => d.docx));
  if (process.env.KEEP_RENDERS) execFileSync('cp', [...pdfs, ...docs.map((d) => d.docx), process.env.KEEP_RENDERS]);
  return docs.map((d, i) => ({ ...d, pdf: pdfs[i]! }));
}

const allActivities = () => loadActivities().map((a) => a.id);

/** The signature block ("Nơi nhận", the signer's title and name) shares the page of the last paragraph. */
function expectSignatureWithLastParagraph(rendered: Rendered) {
  const all = words(rendered.pdf);
  const page = (text: string) => all.filter((w) => w.text === text).at(-1)!.page;
  const closing = rendered.doc.blocks.at(-1)!.text.split(' ');
  const lastWord = all.filter((w) => w.text === closing.at(-1)).at(-1)!;
  expect(page('nhận:'), rendered.name).toBe(lastWord.page);
  expect(page(rendered.doc.signerTitle.split(' ').at(-1)!), rendered.name).toBe(lastWord.page);
  expect(page(rendered.doc.signerName.split(' ').at(-1)!), rendered.name).toBe(lastWord.page);
  // Room for the signature and the seal: at least 4 lines of 14 pt between the title and the name.
  const title = all.find((w) => w.text === 'TRƯỞNG' && w.page === lastWord.page && w.yMin > lastWord.yMin)!;
  const name = all.filter((w) => w.text === rendered.doc.signerName.split(' ')[0] && w.page === lastWord.page).at(-1)!;
  expect(name.yMin - title.yMax, rendered.name).toBeGreaterThan(4 * 14);
}

describe('every document type at every level, through LibreOffice', () => {
  let rendered: Rendered[];
  beforeAll(async () => {
    rendered = await renderAll(
      TYPES.flatMap((loai) =>
        (Object.keys(SCHOOLS) as (keyof typeof SCHOOLS)[]).map((capHoc) => ({
          name: `${loai}-${capHoc}`,
          values: { ...VALUES, ...SCHOOLS[capHoc], loai, capHoc, hoatDong: allActivities() },
        })),
      ),
    );
  }, 300_000);

  it('document XML uses Times New Roman and holds the school name, Quốc hiệu and tiêu ngữ', () => {
    for (const { docx, doc, name } of rendered) {
      const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
      const styles = execFileSync('unzip', ['-p', docx, 'word/styles.xml'], { encoding: 'utf8' });
      expect(styles, name).toContain('w:ascii="Times New Roman"');
      expect(xml, name).not.toMatch(/w:ascii="(?!Times New Roman)/);
      for (const line of nameLines(doc.issuer, 'bold', HEADER_LEFT_MM * TWIP)) expect(xml, name).toContain(line);
      expect(xml, name).toContain(QUOC_HIEU);
      expect(xml, name).toContain(TIEU_NGU);
      expect(xml, name).toContain('<w:jc w:val="both"/>');
    }
  });

  it('opens as A4 PDFs whose text stays inside the decree margins, in Liberation Serif only, numbered from page 2', () => {
    for (const { pdf, name } of rendered) {
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), name).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const all = words(pdf);
      const inTopMargin = all.filter((w) => w.yMax < PAGE_MM.top * MM);
      const pages = Math.max(...all.map((w) => w.page));
      expect(pages, name).toBeGreaterThan(1);
      expect(
        inTopMargin.map((w) => `${w.page}:${w.text}`),
        name,
      ).toEqual(Array.from({ length: pages - 1 }, (_, i) => `${i + 2}:${i + 2}`));
      for (const w of inTopMargin)
        expect(Math.abs((w.xMin + w.xMax) / 2 - ((PAGE_MM.left + PAGE_MM.width - PAGE_MM.right) / 2) * MM)).toBeLessThan(3);
      const boxes = all.filter((w) => !inTopMargin.includes(w));
      const left = Math.min(...boxes.map((w) => w.xMin));
      const right = Math.max(...boxes.map((w) => w.xMax));
      // Text sits inside the margins and, for justified body text, reaches them (within 3 mm).
      expect(left, name).toBeGreaterThanOrEqual(PAGE_MM.left * MM - 1);
      expect(left, name).toBeLessThan((PAGE_MM.left + 3) * MM);
      expect(right, name).toBeLessThanOrEqual((PAGE_MM.width - PAGE_MM.right) * MM + 1);
      expect(right, name).toBeGreaterThan((PAGE_MM.width - PAGE_MM.right - 3) * MM);
      expect(Math.min(...boxes.map((w) => w.yMin)), name).toBeGreaterThanOrEqual((PAGE_MM.top - 1) * MM);
      expect(Math.max(...boxes.map((w) => w.yMax)), name).toBeLessThanOrEqual((PAGE_MM.height - PAGE_MM.bottom + 1) * MM);
      const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      for (const font of fonts) expect(font, name).toMatch(/^[A-Z]{6}\+LiberationSerif/);
    }
  });

  it('header: names on as few lines as fit, broken between their parts; "Số" and the date on one line', () => {
    const columnRight = (PAGE_MM.left + HEADER_LEFT_MM) * MM;
    for (const { pdf, doc, name } of rendered) {
      const first = words(pdf).filter((w) => w.page === 1);
      const titleTop = first.find((w) => w.text === doc.title.split(' ')[0])!.yMin;
      const header = lines(first.filter((w) => w.xMax < columnRight && w.yMax < titleTop));
      const expected = [
        ...nameLines(doc.managingBody, 'regular', HEADER_LEFT_MM * TWIP),
        ...nameLines(doc.issuer, 'bold', HEADER_LEFT_MM * TWIP),
        doc.number.replace(/\s+/g, ' '),
      ];
      expect(
        header.map((l) => l.text),
        name,
      ).toEqual(expected);
      const numberLine = header.at(-1)!;
      const dateLine = lines(words(pdf).filter((w) => w.page === 1 && w.xMin > columnRight)).find((l) => l.text.includes('ngày'))!;
      expect(dateLine.text, name).toBe(doc.placeDate);
      expect(Math.abs(dateLine.y - numberLine.y), name).toBeLessThan(3);
    }
    const byName = Object.fromEntries(rendered.map((r) => [r.name, r]));
    const issuerLines = (r: Rendered) => nameLines(r.doc.issuer, 'bold', HEADER_LEFT_MM * TWIP);
    expect(issuerLines(byName['ke-hoach-mam-non']!)).toEqual(['TRƯỜNG MẦM NON HOA SEN']);
    expect(issuerLines(byName['ke-hoach-thcs']!)).toEqual(['TRƯỜNG TRUNG HỌC CƠ SỞ', 'NGUYỄN BỈNH KHIÊM']);
    expect(nameLines(byName['ke-hoach-tieu-hoc']!.doc.managingBody, 'regular', HEADER_LEFT_MM * TWIP)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HOÀNG LIỆT',
    ]);
    expect(CELL_PADDING_MM).toBeGreaterThan(0);
  });

  it('keeps Nơi nhận and the signature on the page of the last paragraph, with room for the seal', () => {
    for (const r of rendered) expectSignatureWithLastParagraph(r);
  });

  it('reports hold only their own period: no Action Month results in the 6-month report', () => {
    for (const { pdf, name } of rendered.filter((r) => r.name.startsWith('bao-cao-6-thang'))) {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const results = text.slice(text.indexOf('KẾT QUẢ ĐẠT ĐƯỢC'), text.indexOf('TỒN TẠI, HẠN CHẾ'));
      expect(results, name).not.toContain('15/11');
      expect(results, name).not.toContain('25/11');
      expect(text.slice(text.indexOf('PHƯƠNG HƯỚNG')), name).toContain('15/11');
    }
  });
});

describe('the signature block never stands alone, wherever the page break falls', () => {
  let rendered: Rendered[];
  beforeAll(async () => {
    // Plans with 1, 2, … activities: the end of the text moves down the page step by step.
    const ids = allActivities();
    rendered = await renderAll(ids.map((_, k) => ({ name: `ke-hoach-${k + 1}`, values: { ...VALUES, hoatDong: ids.slice(0, k + 1) } })));
  }, 300_000);

  it('keeps Nơi nhận and the signature with the last paragraph in every variant', () => {
    for (const r of rendered) expectSignatureWithLastParagraph(r);
  });
});
