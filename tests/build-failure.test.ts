/**
 * A build that fails at its very end (a misquoted Law and a dead link, found by the checks of the
 * finished pages) fails `npm run build`, names the file, and leaves the previous dist/ byte for byte.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { listFiles } from '../src/lib/build-check/site-files';
import { copySite } from './support/fixture-site';
import { DIST } from './support/paths';

function digest(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir, '').map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

it('fails on a misquote and a dead link at the end of the build, leaving the previous dist/ untouched', async () => {
  const site = copySite('build-failure');
  try {
    // The previous good build: the test build of the same project.
    cpSync(DIST, path.join(site.root, 'dist'), { recursive: true });
    const before = digest(path.join(site.root, 'dist'));
    const explainer = path.join(site.content, 'huong-dan/binh-dang-gioi-trong-gia-dinh.mdx');
    const original = readFileSync(explainer, 'utf8');
    const broken = original
      .replace(
        '> 5. Các thành viên nam, nữ trong gia đình có trách nhiệm chia sẻ công việc gia đình.',
        '> 5. Các thành viên nữ trong gia đình có trách nhiệm làm công việc gia đình.',
      )
      .concat('\nXem thêm [lịch cũ](../../cong-cu/lich-cu/).\n');
    expect(broken).not.toBe(original);
    writeFileSync(explainer, broken);

    const result = await site.buildStaged();
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(
      'huong-dan/binh-dang-gioi-trong-gia-dinh.mdx: đoạn trích (trang /huong-dan/binh-dang-gioi-trong-gia-dinh/) không khớp nguyên văn',
    );
    expect(result.output).toContain('"Các thành viên nữ trong gia đình có trách nhiệm làm công việc gia đình."');
    expect(result.output).toMatch(
      /liên kết "[^"]*cong-cu\/lich-cu\/" \(trang \/huong-dan\/binh-dang-gioi-trong-gia-dinh\/\) trỏ tới trang hoặc tệp không có/,
    );
    expect(result.output).toContain('vẫn giữ nguyên bản dựng trước');
    expect(digest(path.join(site.root, 'dist'))).toEqual(before);
    expect(readdirSync(site.root).filter((name) => name.startsWith('.dist'))).toEqual([]);
    expect(existsSync(path.join(site.root, 'dist/.prerender'))).toBe(false);
  } finally {
    site.remove();
  }
});
