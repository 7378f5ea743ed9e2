/** Uploaded SVG logos keep their drawing and lose everything that could run or load something. */
import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from './svg-sanitise';

function clean(source: string): string {
  const result = sanitiseSvg(source);
  if ('problem' in result) throw new Error(result.problem);
  return result.svg;
}

const problem = (source: string) => {
  const result = sanitiseSvg(source);
  return 'problem' in result ? result.problem : undefined;
};

describe('sanitiseSvg', () => {
  it('keeps shapes, paint, gradients and local references, prefixing ids', () => {
    const svg = clean(
      `<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 20 10">
        <defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>
        <path id="p" d="M0 0h10v10z" fill="url(#g)"/><use xlink:href="#p" x="10"/>
      </svg>`,
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><defs><linearGradient id="logo-g"><stop offset="0" stop-color="#f00"></stop></linearGradient></defs>' +
        '<path id="logo-p" d="M0 0h10v10z" fill="url(#logo-g)"></path><use href="#logo-p" x="10"></use></svg>',
    );
  });

  it('drops scripts, event handlers, foreignObject, external references and styles that load things', () => {
    const svg = clean(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">
      <script>alert(1)</script><foreignObject><iframe src="https://x.invalid"/></foreignObject>
      <a href="javascript:alert(1)"><rect width="1" height="1"/></a>
      <rect width="5" height="5" onclick="alert(1)" fill="url(https://x.invalid/p.svg#a)" style="stroke:url(http://x.invalid);fill:#0f0"/>
      <image href="https://x.invalid/a.png" width="1" height="1"/><use href="other.svg#x"/>
      <style>@import url(https://x.invalid/a.css); .c{fill:#00f}</style><circle class="c" r="2"/>
    </svg>`);
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5" fill="#0f0"></rect><circle fill="#00f" r="2"></circle></svg>',
    );
    expect(svg.slice(svg.indexOf('>'))).not.toMatch(/script|on[a-z]+=|foreignObject|https?:|javascript/i);
  });

  it('keeps embedded PNG and JPEG images, nothing else', () => {
    const svg = clean(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/><image href="data:text/html;base64,PHNjcmlwdD4=" width="1" height="1"/></svg>',
    );
    expect(svg).toContain('<image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10">');
    expect(svg).not.toContain('text/html');
  });

  it('refuses live text, internal DTDs (entity bombs), broken markup and files without a size, in Vietnamese', () => {
    expect(problem('<svg viewBox="0 0 10 10"><text>Trường</text></svg>')).toMatch(/^Logo có chữ chưa chuyển thành nét vẽ/);
    expect(problem('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg viewBox="0 0 1 1">&a;</svg>')).toMatch(/DOCTYPE nội bộ/);
    expect(problem('<svg viewBox="0 0 1 1"><g></svg>')).toMatch(/lỗi cấu trúc/);
    expect(problem('<svg><rect width="1" height="1"/></svg>')).toMatch(/không ghi kích thước/);
    expect(problem('<html><svg viewBox="0 0 1 1"/></html>')).toMatch(/không phải ảnh SVG/);
  });

  it('reads a large drawing quickly', () => {
    const paths = Array.from({ length: 15_000 }, (_, i) => `<path d="M${i} 0h1v1z" fill="#123" stroke="#456" stroke-width="0.1"/>`).join(
      '',
    );
    const start = performance.now();
    const result = sanitiseSvg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 15000 1">${paths}</svg>`);
    expect('svg' in result).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
