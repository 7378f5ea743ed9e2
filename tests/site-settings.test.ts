/** Who runs the site (content/cai-dat/trang-web.yaml): what is filled in shows, what is not is said once by the build. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, type FixtureSite } from './support/fixture-site';
import { fileForUrlPath, readHtml } from '../src/lib/build-check/site-files';
import type { BuildResult } from './support/astro-build';

let site: FixtureSite;
let build: BuildResult & { dist: string };

beforeAll(async () => {
  site = copySite('cai-dat');
  writeFileSync(
    path.join(site.content, 'cai-dat/trang-web.yaml'),
    'donViVanHanh: Trường Tiểu học Thử Nghiệm\nemail: lienhe@truong-thu-nghiem.edu.vn\ndienThoai:\ngopY: https://truong-thu-nghiem.edu.vn/gop-y\n',
  );
  build = await site.build();
}, 600_000);

afterAll(() => site?.remove());

describe('site settings in a build', () => {
  it('builds, and names the one empty field once', () => {
    expect(build.code, build.output).toBe(0);
    const warnings = build.output.match(/\[cài đặt trang\][^\n]*/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('Chưa có điện thoại liên hệ trong content/cai-dat/trang-web.yaml');
  });

  it('shows the operator, the email and the feedback page in every footer and on the about page', () => {
    for (const url of ['/', '/van-ban/luat-binh-dang-gioi-2006/', '/gioi-thieu/']) {
      const html = readHtml(fileForUrlPath(build.dist, url)!);
      const operator = html.querySelector(url === '/gioi-thieu/' ? 'main [data-site-operator]' : 'footer [data-site-operator]')!;
      expect(operator.text, url).toContain('Đơn vị vận hành trang: Trường Tiểu học Thử Nghiệm.');
      expect(operator.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
        'mailto:lienhe@truong-thu-nghiem.edu.vn',
        'https://truong-thu-nghiem.edu.vn/gop-y',
      ]);
      expect(operator.text).not.toContain('Điện thoại');
    }
  });
});
