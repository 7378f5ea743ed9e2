/** SKIP_BUILD=1 must never test a build older than the sources. */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { inputFingerprint } from './support/build-stamp';

it('changes the fingerprint when a content file, a source file or a build setting changes', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'stamp-'));
  mkdirSync(path.join(root, 'content'));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'content/a.yaml'), 'thuatNgu: Giới\n');
  writeFileSync(path.join(root, 'src/page.astro'), '<h1>x</h1>\n');
  const settings = { OUT_DIR: 'dist', SITE_URL: 'https://truong.example.edu.vn' };
  const before = inputFingerprint(settings, root);
  expect(inputFingerprint(settings, root)).toBe(before);
  expect(inputFingerprint({ ...settings, BASE_PATH: '/binh-dang-gioi/' }, root)).not.toBe(before);
  appendFileSync(path.join(root, 'content/a.yaml'), '# sửa thử\n');
  const afterContent = inputFingerprint(settings, root);
  expect(afterContent).not.toBe(before);
  writeFileSync(path.join(root, 'src/page.astro'), '<h1>y</h1>\n');
  expect(inputFingerprint(settings, root)).not.toBe(afterContent);
});
