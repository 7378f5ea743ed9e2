import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { explainerJsonLd, faqPageJsonLd, serializeJsonLd } from './json-ld';

describe('explainerJsonLd', () => {
  const input = {
    title: 'Bình đẳng giới trong gia đình',
    description: 'Tóm tắt',
    url: 'https://truong.example.edu.vn/huong-dan/x/',
    checked: '25/11/2026',
    citations: ['https://truong.example.edu.vn/van-ban/luat-binh-dang-gioi-2006/#dieu-18'],
    publisher: 'Bình đẳng giới trong trường học',
  };

  it('describes an Article in Vietnamese with an ISO modification date and its citations', () => {
    const ld = explainerJsonLd(input);
    expect(ld).toMatchObject({ '@type': 'Article', headline: input.title, inLanguage: 'vi', dateModified: '2026-11-25', url: input.url });
    expect(ld.citation).toEqual([{ '@type': 'CreativeWork', url: input.citations[0] }]);
  });

  it('leaves out a date it cannot read rather than inventing one', () => {
    expect(explainerJsonLd({ ...input, checked: '2026-11-25' })).not.toHaveProperty('dateModified');
  });
});

describe('faqPageJsonLd', () => {
  it('lists each question with its plain-text answer', () => {
    const ld = faqPageJsonLd([
      { question: 'Việc nhà là việc của ai?', answer: 'Của mọi người trong nhà.', url: 'https://x.vn/hoi-dap/#a' },
    ]);
    expect(ld).toMatchObject({ '@type': 'FAQPage', inLanguage: 'vi' });
    expect(ld.mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Việc nhà là việc của ai?',
        url: 'https://x.vn/hoi-dap/#a',
        acceptedAnswer: { '@type': 'Answer', text: 'Của mọi người trong nhà.' },
      },
    ]);
  });
});

describe('serializeJsonLd', () => {
  const hostile = [
    '</script><script>alert(1)</script>',
    '</SCRIPT ><img src=x onerror=alert(1)>',
    '<!--<script>',
    'Luật & "nghị định" \u2028 dòng mới \u2029',
  ];

  it.each(hostile)('keeps %j inert inside <script type="application/ld+json"> and reads back unchanged', (title) => {
    const data = { '@type': 'Article', headline: title, nested: { name: title } };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('writes a hostile title into a page that an HTML parser keeps in one script element', () => {
    const html = `<script type="application/ld+json">${serializeJsonLd({ name: hostile[0] })}</script><p>sau</p>`;
    const root = parse(html);
    expect(root.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(root.querySelector('script')!.textContent).name).toBe(hostile[0]);
  });
});
