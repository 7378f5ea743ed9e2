import { describe, expect, it } from 'vitest';
import { mdxPlainText, parseAttributes } from './mdx-plain-text';

describe('parseAttributes', () => {
  it('reads expression, string and boolean attributes', () => {
    expect(parseAttributes(' hoa so={18} khoan={ 5 } vanBan="nd-125-2021-nd-cp"')).toEqual({
      hoa: true,
      so: '18',
      khoan: '5',
      vanBan: 'nd-125-2021-nd-cp',
    });
  });
});

describe('mdxPlainText', () => {
  const label = (tag: string, a: Record<string, string | true>) =>
    tag === 'Dieu' ? `${a.khoan ? `khoản ${a.khoan} ` : ''}Điều ${a.so}` : `[${tag}]`;

  it('turns components into their label, or their children when they have some', () => {
    const body = 'Của mọi người. <Dieu so={18} khoan={5} /> viết thế. Xem <ThuatNgu id="gioi">giới</ThuatNgu> và <HuongDan slug="x" />.';
    expect(mdxPlainText(body, label)).toBe('Của mọi người. khoản 5 Điều 18 viết thế. Xem giới và [HuongDan].');
  });

  it('drops Markdown emphasis, links and line breaks but keeps the words', () => {
    const body = 'Từ **ngày 15/11** đến *ngày 15/12*, xem [tin](https://x.vn/a_b).\n\n- một\n- hai';
    expect(mdxPlainText(body, label)).toBe('Từ ngày 15/11 đến ngày 15/12, xem tin. một hai');
  });

  it('keeps snake_case-like words and lone asterisks inside words untouched', () => {
    expect(mdxPlainText('a_b và 2 * 3', label)).toBe('a_b và 2 * 3');
  });
});
