/**
 * "Làm ấn phẩm của trường" in Chromium: a school fills the form, the same renderer as the build
 * draws the material (byte-equal SVG), the downloads are the real print files (exact size, text
 * layer, QR code to the address the page is served from), hostile input is handled, nothing is
 * sent anywhere, it works under the site's Content-Security-Policy and within its byte budget.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPrintPages, renderShareSvg } from '../src/materials/engine';
import { BLEED_MM, PRINT_FORMATS, SHARE_FORMATS, mmToPt, rasterSize } from '../src/materials/formats';
import { readLogo } from '../src/materials/logo';
import { personalisedJob, type MaterialTemplate } from '../src/materials/personalise';
import { screenPng } from '../src/materials/render/outputs';
import { setupRenderer } from '../src/materials/render/setup';
import { DIST } from '../tests/support/paths';
import { decodeQr, pdfInfo, pdfPages, pdfText } from '../tests/support/pdf';
import { DESKTOP, watchErrors } from './support/browser';
import { useSite } from './support/site';
import { recordTransfer } from './support/transfer';

const site = useSite();
const downloads = mkdtempSync(path.join(tmpdir(), 'an-pham-truong-'));
afterAll(() => rmSync(downloads, { recursive: true, force: true }));

const BANNER = 'thang-hanh-dong-bang-ron';
const POSTER = 'nguyen-tac-binh-dang-gioi';
const SCHOOL = 'Trường Mầm non Hoa Sen';
/** A logo as a design program exports it: a class style, an id, a script that must not survive. */
const LOGO_SVG =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><style>.a{fill:#c8102e}</style>' +
  '<script>alert(1)</script><circle class="a" cx="60" cy="60" r="56"/><path d="M60 22l11 34h36l-29 21 11 34-29-21-29 21 11-34-29-21h36z" fill="#ffde00"/></svg>';

/** Page 1 of a PDF as a PNG at `dpi`. */
function pdfPage(pdf: string, dpi: number): Buffer {
  return execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', pdf], { maxBuffer: 64 * 1024 * 1024 });
}

const templates = (): MaterialTemplate[] => JSON.parse(readFileSync(path.join(DIST, 'an-pham/mau-an-pham.json'), 'utf8')).materials;
const template = (slug: string) => templates().find((t) => t.slug === slug)!;

/**
 * A fresh browser context; the test server sends the site's Content-Security-Policy with every
 * response. `readBlobs` lets the test read the preview's blob: URLs, which the policy's
 * connect-src rightly forbids to the page (the feature itself never fetches them).
 */
async function newPage({ readBlobs = false } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: DESKTOP, acceptDownloads: true, bypassCSP: readBlobs });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Opens the page (unless `slug` is null: the current one) and presses the button. */
async function start(page: Page, slug: string | null): Promise<void> {
  if (slug) await page.goto(`${site.server.url}an-pham/${slug}/`);
  await page.click('[data-start]');
  await page.waitForFunction(() => document.querySelector('[data-progress]')?.textContent?.includes('sẵn sàng'), null, { timeout: 60_000 });
}

/** Types the name and waits for the preview and the downloads that follow it. */
async function typeSchool(page: Page, name: string): Promise<void> {
  await page.fill('#truong-ten', name);
  await page.waitForSelector('[data-downloads]:not([hidden]) [data-download]', { timeout: 30_000 });
}

async function download(page: Page, kind: string, index = 0): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${kind}"]`).nth(index).click()]);
  const target = path.join(downloads, (file as Download).suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** The SVG the preview shows (the img's blob URL, read inside the page). */
const previewSvgs = (page: Page) =>
  page.evaluate(() =>
    Promise.all([...document.querySelectorAll<HTMLImageElement>('[data-preview] img')].map((img) => fetch(img.src).then((r) => r.text()))),
  );

describe('Làm ấn phẩm của trường', () => {
  it('loads nothing before the button, then at most 1.2 MB gzip (fonts and WASM included) up to a finished PDF', async () => {
    const { page, errors } = await newPage();
    const transfer = await recordTransfer(page);
    await page.goto(`${site.server.url}an-pham/${BANNER}/`);
    await page.waitForLoadState('networkidle');
    const before = [...transfer.byUrl().keys()];
    expect(before.filter((url) => /\.(wasm|woff)$|app\.|pdf\.|mau-an-pham\.json/.test(url))).toEqual([]);
    const pageBytes = transfer.total();
    await start(page, null);
    await typeSchool(page, SCHOOL);
    await download(page, 'pdf');
    const feature = transfer.total() - pageBytes;
    console.log(`feature: ${Math.round(feature / 1024)} KB over the wire`);
    expect(feature).toBeGreaterThan(300 * 1024);
    expect(feature).toBeLessThanOrEqual(1.2 * 1024 * 1024);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes the 5 m băng rôn for the school: exact size, text layer, Title and Author, QR code to the served address', async () => {
    const { page, errors } = await newPage();
    await start(page, BANNER);
    await typeSchool(page, SCHOOL);
    const format = PRINT_FORMATS['bang-ron-500x80'];
    const plain = await download(page, 'pdf');
    expect(path.basename(plain)).toBe(`truong-mam-non-hoa-sen-${BANNER}-${format.id}.pdf`);
    const [size] = pdfPages(plain);
    expect(size!.width).toBeCloseTo(mmToPt(format.widthMm), 1);
    expect(size!.height).toBeCloseTo(mmToPt(format.heightMm), 1);
    expect(pdfText(plain)).toContain('TRƯỜNG MẦM NON HOA SEN');
    expect(pdfText(plain)).toContain('Trường học an toàn, không bạo lực');
    expect(pdfInfo(plain)).toMatchObject({ Title: template(BANNER).title, Author: SCHOOL });
    expect(await decodeQr(plain)).toBe(`${site.server.url}an-pham/${BANNER}/`);
    const bleed = await download(page, 'pdf-bleed');
    expect(pdfPages(bleed)[0]!.width).toBeGreaterThan(mmToPt(format.widthMm + 2 * BLEED_MM));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws byte-equal SVG to the build renderer (sanitised SVG logo included), and share images within 1 % of the build (mean channel difference)', async () => {
    const { page } = await newPage({ readBlobs: true });
    await start(page, BANNER);
    await page.locator('input[name="logo"]').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
    await page.fill('#truong-coQuan', 'UBND phường Hoàng Mai');
    await typeSchool(page, SCHOOL);
    await expect.poll(async () => (await previewSvgs(page))[0]).toContain('#c8102e');
    const fonts = await setupRenderer();
    const logo = readLogo(new TextEncoder().encode(LOGO_SVG));
    if (!('logo' in logo)) throw new Error(logo.problem);
    const job = personalisedJob(template(BANNER), { ten: SCHOOL, coQuan: 'UBND phường Hoàng Mai', logo: logo.logo }, site.server.url);
    const built = await renderPrintPages(job, fonts);
    expect(built.problems).toEqual([]);
    expect(await previewSvgs(page)).toEqual(built.value!.map((p) => p.svg));

    const share = SHARE_FORMATS['chia-se-ngang'];
    const fromBrowser = await download(page, 'share', 1);
    const fromBuild = await screenPng(await renderShareSvg(job, share, fonts), share.width, share.height);
    const raw = (png: string | Buffer) => sharp(png).removeAlpha().raw().toBuffer();
    const [a, b] = await Promise.all([raw(fromBrowser), raw(fromBuild)]);
    expect(a.length).toBe(share.width * share.height * 3);
    let difference = 0;
    for (let i = 0; i < a.length; i++) difference += Math.abs(a[i]! - b[i]!);
    expect(difference / a.length / 255).toBeLessThan(0.01);
    await page.context().close();
  });

  it('draws an SVG logo as vectors in the PDF and stops at a name too long for the băng rôn, offering no download', async () => {
    const { page, errors } = await newPage();
    await start(page, BANNER);
    await page.locator('input[name="logo"]').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
    await expect.poll(() => page.textContent('[data-logo-status]')).toMatch(/^Đã chọn logo: logo\.svg \(SVG, 120 × 120\)/);
    await typeSchool(page, SCHOOL);
    const pdf = await download(page, 'pdf');
    expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)).toEqual([]);
    const { data } = await sharp(pdfPage(pdf, 20)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let logoRed = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i]! > 180 && data[i + 1]! < 60 && data[i + 2]! < 80) logoRed++;
    expect(logoRed).toBeGreaterThan(20);

    await page.fill(
      '#truong-ten',
      'Trường Trung học cơ sở và Trung học phổ thông Nguyễn Bỉnh Khiêm thuộc phường Hoàng Mai thành phố Hà Nội',
    );
    await page.waitForSelector('[data-problems] li');
    expect(await page.textContent('[data-problems]')).toMatch(
      /^Tên trường quá dài cho băng rôn 500 × 80 cm: tối đa \d+ dòng, chữ đã nhập cần \d+ dòng\. Hãy viết tắt/,
    );
    expect(await page.isHidden('[data-downloads]')).toBe(true);
    expect(await page.locator('[data-download]').count()).toBe(0);

    await page.fill('#truong-ten', 'Trường Mầm non 🌟 Hoa Sen');
    await expect.poll(() => page.textContent('[data-problems]')).toContain('Tên trường có ký tự phông chữ không vẽ được: "🌟" (U+1F31F).');
    expect(await page.locator('[data-download]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes the A4 poster as a 300 dpi PNG at the exact pixel size', async () => {
    const { page } = await newPage();
    await start(page, POSTER);
    await typeSchool(page, SCHOOL);
    const meta = await sharp(await download(page, 'png')).metadata();
    expect({ width: meta.width, height: meta.height, density: meta.density }).toEqual({ ...rasterSize(PRINT_FORMATS.a4), density: 300 });
    await page.context().close();
  });

  it('handles hostile input: markup stays text, 10,000 characters and bad logos get a message, NFD draws as NFC', async () => {
    const { page, errors } = await newPage({ readBlobs: true });
    let dialogs = 0;
    page.on('dialog', (dialog) => (dialogs++, dialog.dismiss()));
    await start(page, BANNER);
    // Drawn as text if it fits, else a message: either way the page gains no element and runs nothing.
    await page.fill('#truong-ten', '<img src=x onerror=alert(1)><script>alert(2)</script>');
    await page.waitForSelector('[data-problems] li, [data-downloads]:not([hidden]) [data-download]');
    expect(await page.locator('[data-school-materials] script, [data-school-materials] img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);

    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#truong-ten')!;
      input.removeAttribute('maxlength');
      input.value = 'Trường '.repeat(1430).slice(0, 10_000);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => page.textContent('[data-problems]')).toContain('Tên trường dài 10000 ký tự, quá 150 ký tự.');
    expect(await page.isHidden('[data-downloads]')).toBe(true);

    await typeSchool(page, SCHOOL.normalize('NFD'));
    const fromNfd = await previewSvgs(page);
    await typeSchool(page, `${SCHOOL} `);
    expect(await previewSvgs(page)).toEqual(fromNfd);

    const logo = page.locator('input[name="logo"]');
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(3)</script></html>') });
    await expect.poll(() => page.textContent('[data-logo-status]')).toMatch(/^Tệp này không phải ảnh PNG, JPEG hay SVG/);
    const big = Buffer.alloc(5 * 1024 * 1024);
    (
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .png()
        .toBuffer()
    ).copy(big);
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: big });
    await expect
      .poll(() => page.textContent('[data-logo-status]'))
      .toBe('Logo nặng 5,0 MB, quá 1 MB. Hãy chọn tệp nhỏ hơn hoặc thu nhỏ ảnh.');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps what was typed in this browser only, sends nothing, and forgets it on request', async () => {
    const { page } = await newPage();
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || !request.url().startsWith(site.server.url.replace(/\/$/, '')))
        sent.push(`${request.method()} ${request.url()}`);
    });
    await start(page, BANNER);
    await typeSchool(page, SCHOOL);
    await page.fill('#truong-coQuan', 'UBND phường Hoàng Mai');
    await page.waitForTimeout(400);
    await start(page, BANNER);
    expect(await page.inputValue('#truong-ten')).toBe(SCHOOL);
    expect(await page.inputValue('#truong-coQuan')).toBe('UBND phường Hoàng Mai');
    await page.click('[data-clear]');
    expect(await page.inputValue('#truong-ten')).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await start(page, BANNER);
    expect(await page.inputValue('#truong-ten')).toBe('');
    expect(sent.filter((r) => !r.startsWith('GET blob:') && !r.startsWith('GET data:'))).toEqual([]);
    await page.context().close();
  });

  it('offers every material on the page that lists them', async () => {
    const { page, errors } = await newPage({ readBlobs: true });
    await page.goto(`${site.server.url}an-pham/lam-an-pham-cua-truong/`);
    expect(await page.locator('input[name="material"]').count()).toBe(templates().length);
    await start(page, null);
    await typeSchool(page, SCHOOL);
    await page.check(`input[name="material"][value="${POSTER}"]`);
    await expect.poll(async () => (await previewSvgs(page))[0]?.slice(0, 40)).toContain('width="794"');
    expect(await page.locator('[data-download="png"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
