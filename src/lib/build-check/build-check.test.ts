import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuild } from '.';

const root = mkdtempSync(path.join(tmpdir(), 'build-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

const page = (main: string) => `<!doctype html><html lang="vi"><head><title>x</title></head><body><main>${main}</main></body></html>`;

write(
  'content/nguon/luat.txt',
  'nguồn: thử\n==========\nĐiều 18. Bình đẳng giới trong gia đình\n5. Các thành viên nam, nữ trong gia đình có trách nhiệm chia sẻ công việc gia đình.\n',
);
write('content/huong-dan/viec-nha.mdx', '---\ntitle: x\n---\n');
write('content/hoi-dap/ai-lam.mdx', '---\ncauHoi: x\n---\n');
write('dist/van-ban/luat/index.html', page('<h2 id="dieu-18">Điều 18</h2>'));
write(
  'dist/huong-dan/viec-nha/index.html',
  page(
    '<blockquote><p>Các thành viên nam, nữ trong gia đình có trách nhiệm chia sẻ công việc gia đình.</p></blockquote>' +
      '<blockquote><p>Các thành viên nam, nữ trong gia đình có trách nhiệm chia sẻ mọi công việc gia đình.</p></blockquote>' +
      '<p><a href="/van-ban/luat/#dieu-18">Điều 18</a> <a href="/van-ban/luat/#dieu-99">Điều 99</a> <a href="/van-ban/khong-co/">?</a></p>',
  ),
);
write(
  'dist/hoi-dap/index.html',
  page(
    '<section class="question" id="ai-lam"><p>Khoản 5 Điều 18 viết: “Các thành viên nam, nữ trong gia đình có trách nhiệm làm việc nhà.”</p></section>',
  ),
);

describe('checks of the finished build', () => {
  const problems = checkBuild({
    dist: path.join(root, 'dist'),
    contentRoot: path.join(root, 'content'),
    base: '/',
    siteOrigin: 'https://truong.example.edu.vn',
  });
  const files = problems.map((p) => p.file.replace(/.*\/content\//, 'content/'));

  it('finds a changed word in a blockquote and names the explainer file', () => {
    const misquote = problems.find((p) => p.problem.includes('mọi công việc'))!;
    expect(misquote.file).toMatch(/content\/huong-dan\/viec-nha\.mdx$/);
    expect(misquote.problem).toContain('không khớp nguyên văn nào trong content/nguon/');
    expect(misquote.fix).toContain('chép lại đoạn trích đúng từng chữ');
  });

  it('finds an inline quotation after "viết:" that is not verbatim, naming the answer file', () => {
    const misquote = problems.find((p) => p.problem.includes('làm việc nhà'))!;
    expect(misquote.file).toMatch(/content\/hoi-dap\/ai-lam\.mdx$/);
  });

  it('finds a dead link and a dead anchor, and passes the good ones', () => {
    expect(problems.filter((p) => p.problem.startsWith('liên kết')).map((p) => p.problem)).toEqual([
      'liên kết "/van-ban/luat/#dieu-99" (trang /huong-dan/viec-nha/) trỏ tới mục #dieu-99, nhưng trang /van-ban/luat/ không có mục đó.',
      'liên kết "/van-ban/khong-co/" (trang /huong-dan/viec-nha/) trỏ tới trang hoặc tệp không có.',
    ]);
    expect(files).toHaveLength(4);
  });
});
