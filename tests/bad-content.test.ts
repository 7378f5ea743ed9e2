/**
 * Broken content must fail the real build with a message naming the file, the field and the fix.
 * Most cases are proved in milliseconds by the content check itself (tests/content-check.test.ts);
 * here: that the build runs that check first, and the cross-entry checks made while pages render.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite } from './support/fixture-site';
import { brokenContentCases } from './fixtures/broken-content';

describe('broken content fails the build clearly', () => {
  it('stops before loading anything, listing every schema problem of every collection in Vietnamese', async () => {
    const site = copySite('schema-problems');
    const poster = path.join(site.content, 'an-pham/thang-hanh-dong-pa-no.yaml');
    writeFileSync(poster, readFileSync(poster, 'utf8').replace('khauHieu:', 'khauhieu:'));
    const law = path.join(site.content, 'van-ban/luat-binh-dang-gioi-2006.md');
    writeFileSync(law, readFileSync(law, 'utf8').replace(/^coQuan: .*\n/m, ''));
    const result = await site.build().finally(site.remove);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('Có 2 lỗi nội dung:');
    expect(result.output).toContain('luat-binh-dang-gioi-2006.md, trường "coQuan": thiếu trường bắt buộc "coQuan".');
    expect(result.output).toContain('thang-hanh-dong-pa-no.yaml, dòng 10, trường "khauhieu"');
    expect(result.output).toContain('có phải ý bạn là `khauHieu`?');
    // Astro's own zod report ("**coQuan**: Required") never comes first: the build stopped before it.
    expect(result.output).not.toMatch(/Required|\*\*coQuan\*\*/);
    expect(existsSync(result.dist)).toBe(false);
  });

  for (const fixture of brokenContentCases.filter((c) => !c.checkedBeforeBuild)) {
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
