/** The toolkit in Chromium: checklist ticks survive a reload and print on one page; the generator validates, remembers and downloads. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, DESKTOP, watchErrors } from './support/browser';
import { useSite } from './support/site';
import { axeViolations } from './support/axe';
import { docxToPdfs } from '../tests/support/libreoffice';

const site = useSite();

async function open(urlPath: string, viewport = PHONE): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(urlPath.slice(1), site.server.url).href);
  return { page, errors };
}

describe('việc cần làm', () => {
  it('keeps ticks across a reload, counts progress, and prints on one A4 page', async () => {
    const { page, errors } = await open('/cong-cu/viec-can-lam/');
    const boxes = page.locator('input[name=viec]');
    const total = await boxes.count();
    await expect.poll(() => page.textContent('#tien-do')).toBe(`Đã xong 0/${total} việc`);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await expect.poll(() => page.textContent('#tien-do')).toBe(`Đã xong 2/${total} việc`);
    await page.reload();
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await page.textContent('#tien-do')).toBe(`Đã xong 2/${total} việc`);

    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'checklist-')), 'viec-can-lam.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Xây dựng kế hoạch bình đẳng giới của trường');
    expect(text).toContain('Thường xuyên trong năm học');

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('"Bỏ mọi dấu đánh" asks first, and the cleared ticks can be restored', async () => {
    const { page, errors } = await open('/cong-cu/viec-can-lam/');
    const boxes = page.locator('input[name=viec]');
    const total = await boxes.count();
    for (const i of [0, 2, 5]) await boxes.nth(i).check();
    const dialogs: string[] = [];
    // First answer "no": nothing changes.
    page.once('dialog', (dialog) => (dialogs.push(dialog.message()), dialog.dismiss()));
    await page.click('#xoa-danh-dau');
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe('Bỏ dấu đánh của cả 3 việc đã xong? Sau khi bỏ, bạn vẫn hoàn tác được.');
    expect(await page.locator('input[name=viec]:checked').count()).toBe(3);
    // Then "yes": all cleared, saved, and an undo offered.
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('#xoa-danh-dau');
    await expect.poll(() => page.textContent('#tien-do')).toBe(`Đã xong 0/${total} việc`);
    expect(await page.isVisible('#hoan-tac')).toBe(true);
    expect(await page.textContent('#hoan-tac')).toContain('Đã bỏ 3 dấu đánh.');
    expect(await page.isDisabled('#xoa-danh-dau')).toBe(true);
    await page.click('#hoan-tac button');
    await expect.poll(() => page.textContent('#tien-do')).toBe(`Đã xong 3/${total} việc`);
    expect(await page.isVisible('#hoan-tac')).toBe(false);
    await page.reload();
    expect(await page.locator('input[name=viec]:checked').count()).toBe(3);
    expect(await boxes.nth(5).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('tạo kế hoạch', () => {
  it('shows Vietnamese errors for missing fields and creates no file', async () => {
    const { page, errors } = await open('/cong-cu/tao-ke-hoach/');
    await page.click('[data-chon="bo-het"]');
    await page.click('button[type=submit]');
    const summary = page.locator('#tom-tat-loi');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.textContent('#loi-tenTruong')).toBe('Nhập tên trường, ví dụ: Trường Mầm non Hoa Sen.');
    expect(await page.textContent('#loi-capHoc')).toBe('Chọn cấp học của trường.');
    expect(await page.textContent('#loi-hoatDong')).toBe('Chọn ít nhất một hoạt động trong danh sách.');
    expect(await page.getAttribute('#tenTruong', 'aria-invalid')).toBe('true');
    expect(await summary.locator('li').count()).toBeGreaterThanOrEqual(7);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tom-tat-loi');
    // The former district office is refused as the managing body, with the reason.
    await page.fill('#coQuanChuQuan', 'Phòng Giáo dục và Đào tạo huyện Thanh Oai');
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.textContent('#loi-coQuanChuQuan'))
      .toContain('Từ ngày 01/7/2025 không còn Phòng Giáo dục và Đào tạo cấp huyện');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fills the school year of the day the page runs, shows the fields of the chosen type and the suggestions of the chosen level', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.clock.setFixedTime(new Date('2031-09-05T09:00:00+07:00'));
    await page.goto(new URL('cong-cu/tao-ke-hoach/', site.server.url).href);
    expect(await page.inputValue('#namHoc')).toBe('2031 - 2032');
    expect(await page.isVisible('#chiTieu')).toBe(true);
    expect(await page.isVisible('#goi-y-cap-hoc')).toBe(true);
    expect(await page.isVisible('[data-level="thcs"]')).toBe(false);
    await page.selectOption('#capHoc', 'thcs');
    expect(await page.isVisible('[data-level="thcs"]')).toBe(true);
    expect(await page.textContent('[data-level="thcs"]')).toContain('định hướng nghề nghiệp');
    // An example target goes into the box, with the level's words, for the school to put its own number.
    await page.click('[data-example]:nth-of-type(1) >> nth=1');
    expect(await page.inputValue('#chiTieu')).toBe(
      '…% giáo viên lồng ghép nội dung về giới, bình đẳng giới trong hoạt động giáo dục học sinh.',
    );
    await page.check('input[name=loai][value=bao-cao-nam]');
    expect(await page.isVisible('#chiTieu')).toBe(false);
    expect(await page.isVisible('#goi-y-cap-hoc')).toBe(false);
    expect(await page.isVisible('#hanBaoCaoNam')).toBe(true);
    // Typing stops at the limit of the field table.
    await page.fill('#vietTat', 'A'.repeat(40));
    expect(await page.inputValue('#vietTat')).toHaveLength(12);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what was typed across a reload', async () => {
    const { page, errors } = await open('/cong-cu/tao-ke-hoach/', DESKTOP);
    await page.fill('#tenTruong', 'Trường Tiểu học Phụng Công');
    await page.selectOption('#capHoc', 'tieu-hoc');
    await page.check('input[name=loai][value=bao-cao-nam]');
    await page.click('[data-chon="bo-het"]');
    await page.check('input[name=hoatDong][value=thang-hanh-dong]');
    await page.reload();
    expect(await page.inputValue('#tenTruong')).toBe('Trường Tiểu học Phụng Công');
    expect(await page.inputValue('#capHoc')).toBe('tieu-hoc');
    expect(await page.isChecked('input[name=loai][value=bao-cao-nam]')).toBe(true);
    expect(await page.locator('input[name=hoatDong]:checked').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('every level and document type: fills the form, downloads a .docx that LibreOffice opens', async () => {
    const { page, errors } = await open('/cong-cu/tao-ke-hoach/', DESKTOP);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const schools = {
      'mam-non': ['Trường Mầm non Hoa Sen', 'MNHS'],
      'tieu-hoc': ['Trường Tiểu học Phụng Công', 'THPC'],
      thcs: ['Trường Trung học cơ sở Nguyễn Bỉnh Khiêm', 'THCSNBK'],
    } as const;
    const dir = mkdtempSync(path.join(tmpdir(), 'download-'));
    const files: string[] = [];
    for (const [cap, [name, short]] of Object.entries(schools)) {
      await page.fill('#tenTruong', name);
      await page.selectOption('#capHoc', cap);
      await page.fill('#coQuanChuQuan', 'Ủy ban nhân dân xã Văn Giang');
      await page.fill('#xaPhuong', 'xã Văn Giang');
      await page.fill('#tinhThanh', 'tỉnh Hưng Yên');
      await page.fill('#hieuTruong', 'Nguyễn Văn An');
      await page.fill('#namHoc', '2026 - 2027');
      await page.fill('#vietTat', short);
      await page.fill('#hanBaoCao6Thang', '10/6');
      await page.fill('#hanBaoCaoNam', '20/11');
      await page.click('[data-chon="tat-ca"]');
      for (const loai of ['ke-hoach', 'bao-cao-6-thang', 'bao-cao-nam']) {
        await page.check(`input[name=loai][value=${loai}]`);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[type=submit]')]);
        const file = path.join(dir, download.suggestedFilename());
        await download.saveAs(file);
        files.push(file);
      }
    }
    expect(files.map((f) => path.basename(f))).toEqual([
      'ke-hoach-binh-dang-gioi-mnhs-2026-2027.docx',
      'bao-cao-6-thang-binh-dang-gioi-mnhs-2027.docx',
      'bao-cao-nam-binh-dang-gioi-mnhs-2026.docx',
      'ke-hoach-binh-dang-gioi-thpc-2026-2027.docx',
      'bao-cao-6-thang-binh-dang-gioi-thpc-2027.docx',
      'bao-cao-nam-binh-dang-gioi-thpc-2026.docx',
      'ke-hoach-binh-dang-gioi-thcsnbk-2026-2027.docx',
      'bao-cao-6-thang-binh-dang-gioi-thcsnbk-2027.docx',
      'bao-cao-nam-binh-dang-gioi-thcsnbk-2026.docx',
    ]);
    const pdfs = docxToPdfs(files);
    pdfs.forEach((pdf, i) => {
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text, files[i]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text, files[i]).toContain(i % 3 === 0 ? 'KẾ HOẠCH' : 'BÁO CÁO');
      expect(text, files[i]).toContain('Văn Giang, ngày');
      expect(text, files[i]).toContain('Nguyễn Văn An');
    });
    expect(requested.some((url) => url.includes('plan-download'))).toBe(true);
    expect(requested.every((url) => url.startsWith(site.server.url) || url.startsWith('blob:'))).toBe(true);
    await expect.poll(() => page.textContent('#trang-thai')).toContain('Đã tạo tệp bao-cao-nam-binh-dang-gioi-thcsnbk-2026.docx');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});

describe('lịch and kế hoạch mẫu', () => {
  it('pass axe at phone width without horizontal scrolling', async () => {
    for (const url of [
      '/cong-cu/',
      '/cong-cu/lich/',
      '/cong-cu/ke-hoach-mau/',
      '/cong-cu/ke-hoach-mau/mam-non/',
      '/cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/',
    ]) {
      const { page, errors } = await open(url);
      expect(await axeViolations(page), url).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(PHONE.width);
      expect(errors, url).toEqual([]);
      await page.context().close();
    }
  });
});
