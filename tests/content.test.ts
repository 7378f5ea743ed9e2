/**
 * Explainers, glossary and FAQ in the built site (dist/). Their broken-content cases live with the
 * others in tests/fixtures/broken-content.ts; the site-wide link checker is in tests/site.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { fileForUrlPath, readHtml } from '../src/lib/build-check/site-files';
import { BASE_PATH, DIST, DIST_BASE, ROOT } from './support/paths';
import { allArticles, normaliseWhitespace, parseLegalText, splitSourceFile } from '../src/lib/legal-text';
import { clauseBody } from '../src/lib/glossary';
import { checkQuotes } from '../src/lib/build-check/quotes';

const CONTENT = path.join(ROOT, 'content');
const namesIn = (folder: string, extension: RegExp) =>
  readdirSync(path.join(CONTENT, folder))
    .filter((name) => extension.test(name))
    .map((name) => name.replace(extension, ''));

const page = (urlPath: string): HTMLElement => {
  const file = fileForUrlPath(DIST, urlPath);
  expect(file, `no page for ${urlPath}`).not.toBeNull();
  return readHtml(file!);
};

/** Checks an internal link (root build) points at an existing page and, if it has one, an existing anchor. */
function expectLinkResolves(href: string, from: string): void {
  const url = new URL(href, `https://site.test${from}`);
  expect(url.host, `${href} on ${from} leaves the site`).toBe('site.test');
  const target = page(url.pathname);
  if (url.hash) {
    const id = decodeURIComponent(url.hash.slice(1));
    expect(target.getElementById(id), `${href} on ${from}: no element #${id}`).not.toBeNull();
  }
}

const text = (element: HTMLElement) => normaliseWhitespace(element.textContent);

const law = parseLegalText(splitSourceFile(readFileSync(path.join(CONTENT, 'nguon/luat-73-2006-qh11.txt'), 'utf8')).body);
const sourceTexts = readdirSync(path.join(CONTENT, 'nguon'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => splitSourceFile(readFileSync(path.join(CONTENT, 'nguon', name), 'utf8')).body);

describe('explainers', () => {
  const slugs = namesIn('huong-dan', /\.mdx?$/);

  it('has at least six, each with its own page', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    for (const slug of slugs) page(`/huong-dan/${slug}/`);
  });

  it.each(slugs)('%s is marked as project text and has a "Căn cứ" block whose links resolve', (slug) => {
    const from = `/huong-dan/${slug}/`;
    const html = page(from);
    expect(text(html.querySelector('.project-note')!)).toContain(
      'Bài viết của dự án, giải thích bằng lời thường — không thay thế văn bản pháp luật',
    );
    const block = html.querySelector('section.can-cu');
    expect(block?.querySelector('h2')?.textContent).toBe('Căn cứ');
    const links = block!.querySelectorAll('a');
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const link of links) expectLinkResolves(link.getAttribute('href')!, from);
  });

  it('describes each explainer as a schema.org Article citing absolute URLs', () => {
    for (const slug of slugs) {
      const script = page(`/huong-dan/${slug}/`).querySelector('script[type="application/ld+json"]');
      const ld = JSON.parse(script!.textContent);
      expect(ld['@type']).toBe('Article');
      expect(ld.citation.length).toBeGreaterThanOrEqual(1);
      for (const citation of ld.citation) expect(citation.url).toMatch(/^https:\/\/truong\.example\.edu\.vn\/van-ban\//);
    }
  });

  it('cites the Law by article anchor, e.g. #dieu-14', () => {
    const links = page('/huong-dan/binh-dang-gioi-o-truong-hoc/')
      .querySelectorAll('section.can-cu a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/van-ban/luat-binh-dang-gioi-2006/#dieu-14');
  });

  it('lists every explainer on the index (once each, with its readers as labels: tests/reading.test.ts)', () => {
    const index = page('/huong-dan/');
    const linked = new Set(index.querySelectorAll('main li a').map((a) => a.getAttribute('href')));
    for (const slug of slugs) expect(linked).toContain(`/huong-dan/${slug}/`);
  });
});

describe('glossary', () => {
  const glossary = page('/thuat-ngu/');
  const terms = glossary.querySelectorAll('.glossary-term');
  const article5 = allArticles(law).find((article) => article.number === 5)!;

  it('has one term per clause of Điều 5 (9), each with an ASCII anchor', () => {
    expect(terms).toHaveLength(9);
    expect(article5.blocks.filter((block) => block.kind === 'clause')).toHaveLength(9);
    for (const term of terms) expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('shows each definition verbatim from its clause and links back to it', () => {
    for (const term of terms) {
      const href = term.querySelector('dd > p a')!.getAttribute('href')!;
      const match = /#dieu-5-khoan-(\d+)$/.exec(href);
      expect(match, href).not.toBeNull();
      const clause = article5.blocks.find((block) => block.kind === 'clause' && block.number === Number(match![1]))!;
      expect(text(term.querySelector('blockquote.definition')!)).toBe(normaliseWhitespace(clauseBody(clause.text)));
      expect(clauseBody(clause.text).startsWith(term.querySelector('dt')!.textContent)).toBe(true);
      expectLinkResolves(href, '/thuat-ngu/');
    }
  });
});

describe('questions', () => {
  const faq = page('/hoi-dap/');
  const questions = faq.querySelectorAll('section.question');

  it('answers at least eight questions, each with an anchor and resolving citations', () => {
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions).toHaveLength(namesIn('hoi-dap', /\.mdx?$/).length);
    for (const question of questions) {
      expect(question.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(faq.querySelector(`nav a[href="#${question.id}"]`), question.id).not.toBeNull();
      const citations = question.querySelectorAll('.can-cu a');
      expect(citations.length).toBeGreaterThanOrEqual(1);
      for (const link of citations) expectLinkResolves(link.getAttribute('href')!, '/hoi-dap/');
    }
  });
});

describe('questions as structured data', () => {
  it('publishes a FAQPage with every question and a plain-text answer', () => {
    const ld = JSON.parse(page('/hoi-dap/').querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.mainEntity).toHaveLength(namesIn('hoi-dap', /\.mdx?$/).length);
    for (const item of ld.mainEntity) {
      expect(item.acceptedAnswer.text.length, item.name).toBeGreaterThan(20);
      expect(item.acceptedAnswer.text, item.name).not.toMatch(/[<>{}]|\*\*/);
    }
    const chores = ld.mainEntity.find((item: { name: string }) => item.name === 'Việc nhà là việc của ai?');
    expect(chores.acceptedAnswer.text).toContain(
      'Khoản 5 Điều 18 viết: "Các thành viên nam, nữ trong gia đình có trách nhiệm chia sẻ công việc gia đình."',
    );
  });
});

describe('quotations', () => {
  it('quotes source texts only verbatim: the build check finds nothing and checks every blockquote and “…” after "viết:"', () => {
    const { checked, misquotes } = checkQuotes(DIST, sourceTexts);
    expect(misquotes.map(({ page, quote }) => `${page}: ${quote}`)).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});

describe('sub-folder build', () => {
  it('links citations, terms and explainers under the base path', () => {
    const html = readHtml(fileForUrlPath(DIST_BASE, '/huong-dan/binh-dang-gioi-o-truong-hoc/')!);
    const hrefs = html.querySelectorAll('main a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain(`${BASE_PATH}van-ban/luat-binh-dang-gioi-2006/#dieu-14`);
    expect(hrefs).toContain(`${BASE_PATH}thuat-ngu/#dinh-kien-gioi`);
    for (const href of hrefs.filter((h) => h.startsWith('/'))) expect(href.startsWith(BASE_PATH), href).toBe(true);
  });
});
