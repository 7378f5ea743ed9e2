/** A broken material stops the real build with a message naming the file, the field and the character. */
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { copySite } from './support/fixture-site';
import { ROOT } from './support/paths';

it('fails the build on a character no font covers, naming file, field and character', async () => {
  const site = copySite('an-pham-loi');
  const materials = path.join(site.content, 'an-pham');
  rmSync(materials, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'tests/fixtures/an-pham-loi'), materials, { recursive: true });
  const result = await site.build().finally(site.remove);
  expect(result.code).not.toBe(0);
  expect(result.output).toMatch(/an-pham\/ky-tu-la\.yaml, trường "tieuDe": Tiêu đề có ký tự phông chữ không vẽ được: "🌟" \(U\+1F31F\)/);
});
