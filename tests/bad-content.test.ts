/** Broken content must fail the build with a message naming the file, the field and the fix. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build';
import { ROOT } from './support/paths';
import { brokenContentCases } from './fixtures/broken-content';

// Inside the project so content paths stay relative to the site root, as for real content.
mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
const workDir = mkdtempSync(path.join(ROOT, '.cache/broken-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function copyContent(name: string): string {
  const root = path.join(workDir, name.replace(/[^a-z0-9]+/gi, '-'));
  cpSync(path.join(ROOT, 'content'), root, { recursive: true });
  return root;
}

describe('broken content fails the build clearly', () => {
  for (const fixture of brokenContentCases) {
    it(fixture.name, async () => {
      const root = copyContent(fixture.name);
      fixture.breakContent(root);
      const result = await astroBuild({ CONTENT_DIR: root, OUT_DIR: path.join(root, '.dist') });
      expect(result.code, result.output).not.toBe(0);
      for (const pattern of fixture.expected) expect(result.output).toMatch(pattern);
    });
  }

  it('normalises NFD text (as pasted from Word) to NFC instead of failing', async () => {
    const root = copyContent('nfd');
    const file = path.join(root, 'van-ban/nd-48-2009-nd-cp.md');
    const nfd = readFileSync(file, 'utf8').normalize('NFD');
    writeFileSync(file, nfd);
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const out = path.join(root, '.dist');
    const result = await astroBuild({ CONTENT_DIR: root, OUT_DIR: out });
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(path.join(out, 'van-ban/nd-48-2009-nd-cp/index.html'), 'utf8');
    expect(page).toBe(page.normalize('NFC'));
    expect(page).toContain('Nghị định quy định về các biện pháp bảo đảm bình đẳng giới');
  });
});
