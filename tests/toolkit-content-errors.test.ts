/** A task quoting words that are not in the cited paragraph fails the build, naming file, field and fix. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build';
import { ROOT } from './support/paths';

describe('broken toolkit content', () => {
  it('fails the build on a misquoted source paragraph', async () => {
    // Content loaders want paths inside the project, so the fixture lives under .cache/.
    mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
    const root = mkdtempSync(path.join(ROOT, '.cache/toolkit-content-'));
    const content = path.join(root, 'content');
    cpSync(path.join(ROOT, 'content'), content, { recursive: true });
    const task = path.join(content, 'viec-can-lam/thang-hanh-dong.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace('trichDan: "Xây dựng kế hoạch, nội dung', 'trichDan: "Tổ chức từ 25/11 đến 25/12, nội dung'));
    const result = await astroBuild({ CONTENT_DIR: path.relative(ROOT, content), OUT_DIR: path.join(root, 'dist') }).finally(() =>
      rmSync(root, { recursive: true, force: true }),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('viec-can-lam/thang-hanh-dong.yaml: trường "nguon[0]"');
    expect(result.output).toContain('không chứa câu trích "Tổ chức từ 25/11 đến 25/12');
    expect(result.output).toContain('Cách sửa: chép nguyên văn');
  }, 180_000);
});
