/** A task quoting words that are not in the cited paragraph fails the build, naming file, field and fix. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from './support/fixture-site';

describe('broken toolkit content', () => {
  it('fails the build on a misquoted source paragraph', async () => {
    const site = copySite('toolkit-content');
    const task = path.join(site.content, 'viec-can-lam/thang-hanh-dong.yaml');
    writeFileSync(
      task,
      readFileSync(task, 'utf8').replace('trichDan: "Xây dựng kế hoạch, nội dung', 'trichDan: "Tổ chức từ 25/11 đến 25/12, nội dung'),
    );
    const result = await site.build().finally(site.remove);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('viec-can-lam/thang-hanh-dong.yaml, trường "nguon[0]"');
    expect(result.output).toContain('không chứa câu trích "Tổ chức từ 25/11 đến 25/12');
    expect(result.output).toContain('Cách sửa: chép nguyên văn');
  }, 300_000);
});

describe('broken plan wording', () => {
  it('fails the build on an unknown placeholder and a task in a group that does not exist, naming both at once', async () => {
    const site = copySite('plan-template-content');
    const template = path.join(site.content, 'mau-van-ban/ke-hoach-bao-cao.yaml');
    writeFileSync(template, readFileSync(template, 'utf8').replace('{truong} xây dựng Kế hoạch', '{tenTruong} xây dựng Kế hoạch'));
    const task = path.join(site.content, 'viec-can-lam/tap-huan.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace('nhom: truyen-thong', 'nhom: tap-huan'));
    const result = await site.build().finally(site.remove);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'content/mau-van-ban/ke-hoach-bao-cao.yaml, trường "keHoach.moDau": chỗ điền tự động "{tenTruong}" không có.',
    );
    expect(result.output).toContain('Cách sửa: dùng một trong các chỗ điền: {truong}');
    expect(result.output).toContain('viec-can-lam/tap-huan.yaml, trường "nhom": không có nhóm việc "tap-huan".');
  }, 300_000);
});
