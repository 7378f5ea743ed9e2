import { describe, expect, it } from 'vitest';
import { explainerJsonLd, faqPageJsonLd } from './json-ld';

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
