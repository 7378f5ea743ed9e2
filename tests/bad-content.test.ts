/** Broken content must fail the build with a message naming the file, the field and the fix. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from './support/fixture-site';
import { brokenContentCases } from './fixtures/broken-content';

describe('broken content fails the build clearly', () => {
  for (const fixture of brokenContentCases) {
    it(fixture.name, async () => {
      const site = copySite(fixture.name);
      fixture.breakContent(site.content);
      const result = await site.build().finally(site.remove);
      expect(result.code, result.output).not.toBe(0);
      for (const pattern of fixture.expected) expect(result.output).toMatch(pattern);
    });
  }

  it('normalises NFD text (as pasted from Word) to NFC instead of failing', async () => {
    const site = copySite('nfd');
    const file = path.join(site.content, 'van-ban/nd-48-2009-nd-cp.md');
    const nfd = readFileSync(file, 'utf8').normalize('NFD');
    writeFileSync(file, nfd);
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    try {
      const result = await site.build();
      expect(result.code, result.output).toBe(0);
      const page = readFileSync(path.join(result.dist, 'van-ban/nd-48-2009-nd-cp/index.html'), 'utf8');
      expect(page).toBe(page.normalize('NFC'));
      expect(page).toContain('Nghị định quy định về các biện pháp bảo đảm bình đẳng giới');
    } finally {
      site.remove();
    }
  });
});
