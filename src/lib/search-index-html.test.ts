import { describe, expect, it } from 'vitest';
import { htmlForIndex } from './search-index-html';
import { restoreDStroke } from './search-d-stroke';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>T</title></head><body><nav id="menu">x</nav><main><div data-pagefind-body>${body}</div></main></body></html>`;

describe('htmlForIndex', () => {
  it('gives article headings the article anchor and drops clause and point anchors', () => {
    const out = htmlForIndex(
      page(
        '<section id="dieu-14"><h3 id="dieu-14-tieu-de">Điều 14. Bình đẳng giới trong lĩnh vực giáo dục</h3><div id="dieu-14-khoan-1"><p id="dieu-14-khoan-1-diem-a">a) Nam, nữ</p></div></section>',
      ),
    )!;
    expect(restoreDStroke(out)).toContain('<h3 id="dieu-14">Điều 14. Bình đẳng giới trong lĩnh vực giáo dục</h3>');
    expect(out).not.toContain('dieu-14-khoan-1');
    expect(out).not.toContain('<section id=');
    expect(out).toContain('a) Nam, nữ');
  });

  it('keeps other heading ids and everything outside the indexed body', () => {
    const out = htmlForIndex(page('<h2 id="chuong-2">Chương II</h2><h2 id="noi-dung-van-ban">Toàn văn</h2>'));
    expect(out).toContain('<h2 id="chuong-2">');
    expect(out).toContain('<h2 id="noi-dung-van-ban">');
    expect(out).toContain('<nav id="menu">');
  });

  it('writes đ as d + soft hyphen in the indexed text and searched metadata, entities intact', () => {
    const html = page('<h1>Công văn 85/GD&amp;ĐT</h1><p>bình đẳng</p>').replace(
      '<title>T</title>',
      '<title>Đ</title><meta data-pagefind-meta="so-hieu[content]" content="85/GD&amp;ĐT-TCCB">',
    );
    const out = htmlForIndex(html)!;
    expect(out).toContain('<h1>Công văn 85/GD&amp;D\u00ADT</h1><p>bình d\u00ADẳng</p>');
    expect(out).toContain('content="85/GD&amp;D\u00ADT-TCCB"');
    expect(out).toContain('<title>Đ</title>'); // outside the indexed body and metadata
  });

  it('leaves out pages without an indexed body', () => {
    expect(htmlForIndex('<html><body><p id="a">x</p></body></html>')).toBeNull();
  });
});
