/** A broken material stops the real build with a message naming the file, the field and the character. */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from './support/astro-build';
import { ROOT } from './support/paths';

it('fails the build on a character no font covers, naming file, field and character', async () => {
  // The source loader wants CONTENT_DIR relative to the project root.
  const relative = './.cache/fixture-an-pham-loi';
  const content = path.join(ROOT, relative);
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  for (const folder of ['van-ban', 'nguon']) symlinkSync(path.join(ROOT, 'content', folder), path.join(content, folder));
  symlinkSync(path.join(ROOT, 'tests/fixtures/an-pham-loi'), path.join(content, 'an-pham'));
  const result = await astroBuild({ CONTENT_DIR: relative, OUT_DIR: path.join(ROOT, '.cache/dist-an-pham-loi') });
  expect(result.code).not.toBe(0);
  expect(result.output).toMatch(/an-pham\/ky-tu-la\.yaml: trường "tieuDe": có ký tự phông chữ không vẽ được: "🌟" \(U\+1F31F\)/);
}, 180_000);
