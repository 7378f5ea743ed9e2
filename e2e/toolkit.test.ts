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
    expect(await page.textContent('#loi-tenTruong')).toBe('Nhập tên trường, ví dụ: Trường Mầm non Hồng Dương.');
    expect(await page.textContent('#loi-capHoc')).toBe('Chọn cấp học của trường.');
    expect(await page.textContent('#loi-hoatDong')).toBe('Chọn ít nhất một hoạt động trong danh sách.');
    expect(await page.getAttribute('#tenTruong', 'aria-invalid')).toBe('true');
    expect(await summary.locator('li').count()).toBeGreaterThanOrEqual(7);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tom-tat-loi');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps what was typed across a reload, then downloads a valid .docx with the school in it', async () => {
    const { page, errors } = await open('/cong-cu/tao-ke-hoach/', DESKTOP);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.fill('#tenTruong', 'Trường Tiểu học Phụng Công');
    await page.selectOption('#capHoc', 'tieu-hoc');
    await page.fill('#xaPhuong', 'xã Phụng Công');
    await page.fill('#tinhThanh', 'tỉnh Hưng Yên');
    await page.fill('#coQuanChuQuan', 'Ủy ban nhân dân xã Phụng Công');
    await page.fill('#hieuTruong', 'Nguyễn Văn An');
    await page.fill('#namHoc', '2026 - 2027');
    await page.fill('#vietTat', 'THPC');
    await page.check('input[name=loai][value=bao-cao-nam]');
    await page.click('[data-chon="bo-het"]');
    await page.check('input[name=hoatDong][value=thang-hanh-dong]');
    await page.check('input[name=hoatDong][value=bao-cao-nam]');

    await page.reload();
    expect(await page.inputValue('#tenTruong')).toBe('Trường Tiểu học Phụng Công');
    expect(await page.inputValue('#capHoc')).toBe('tieu-hoc');
    expect(await page.inputValue('#vietTat')).toBe('THPC');
    expect(await page.isChecked('input[name=loai][value=bao-cao-nam]')).toBe(true);
    expect(await page.locator('input[name=hoatDong]:checked').count()).toBe(2);
    expect(requested.some((url) => url.includes('plan-download'))).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[type=submit]')]);
    expect(download.suggestedFilename()).toBe('bao-cao-nam-binh-dang-gioi-thpc-2026.docx');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'download-')), download.suggestedFilename());
    await download.saveAs(file);
    execFileSync('unzip', ['-tq', file]);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('TRƯỜNG TIỂU HỌC PHỤNG CÔNG');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Số: ');
    expect(xml).toContain('/BC-THPC');
    expect(xml).toContain('Phụng Công, ngày …… tháng …… năm 2026');
    expect(xml).toContain('Tháng hành động');
    expect(requested.some((url) => url.includes('plan-download'))).toBe(true);
    expect(requested.every((url) => url.startsWith(site.server.url) || url.startsWith('blob:'))).toBe(true);
    await expect.poll(() => page.textContent('#trang-thai')).toContain('Đã tạo tệp bao-cao-nam-binh-dang-gioi-thpc-2026.docx');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('lịch and kế hoạch mẫu', () => {
  it('pass axe at phone width without horizontal scrolling', async () => {
    for (const url of ['/cong-cu/', '/cong-cu/lich/', '/cong-cu/ke-hoach-mau/']) {
      const { page, errors } = await open(url);
      expect(await axeViolations(page), url).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(PHONE.width);
      expect(errors, url).toEqual([]);
      await page.context().close();
    }
  });
});
