/**
 * Checks of the finished build (astro:build:done): quotations verbatim from content/nguon/, every
 * internal link and #anchor resolving. Problems name the content file a person edits when the page
 * comes from one (an explainer, an answer), else the page.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { COLLECTIONS, SOURCE_FOLDER } from '../collections';
import type { ContentProblem } from '../content-error';
import { displayPath } from '../display-path';
import { splitSourceFile } from '../legal-text';
import { checkLinks } from './links';
import { checkQuotes } from './quotes';

export interface BuildCheckOptions {
  dist: string;
  contentRoot: string;
  base: string;
  siteOrigin: string;
}

/** The content file a page element was written in: content/huong-dan/<slug>.mdx, content/hoi-dap/<id>.mdx… */
export function contentFileOf(contentRoot: string, page: string, element: HTMLElement): string | undefined {
  const find = (folder: string, id: string) => {
    const dir = path.join(contentRoot, folder);
    const name = existsSync(dir) ? readdirSync(dir).find((file) => file.replace(/\.[^.]+$/, '') === id) : undefined;
    return name ? displayPath(path.join(dir, name)) : undefined;
  };
  const explainer = /^\/huong-dan\/([^/]+)\/$/.exec(page);
  if (explainer) return find(COLLECTIONS.huongDan.folder, explainer[1]!);
  const question = element.closest('section.question');
  if (page === '/hoi-dap/' && question?.id) return find(COLLECTIONS.hoiDap.folder, question.id);
  return undefined;
}

function sourceBodies(contentRoot: string): string[] {
  const dir = path.join(contentRoot, SOURCE_FOLDER);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => splitSourceFile(readFileSync(path.join(dir, name), 'utf8')).body);
}

const where = (options: BuildCheckOptions, page: string, element: HTMLElement) => {
  const file = contentFileOf(options.contentRoot, page, element);
  return file ? { file, onPage: ` (trang ${page})` } : { file: `trang ${page}`, onPage: '' };
};

export function checkBuild(options: BuildCheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { page, quote, element } of checkQuotes(options.dist, sourceBodies(options.contentRoot)).misquotes) {
    const { file, onPage } = where(options, page, element);
    problems.push({
      file,
      problem: `đoạn trích${onPage} không khớp nguyên văn nào trong content/nguon/: "${quote}".`,
      fix: 'chép lại đoạn trích đúng từng chữ, từng dấu từ tệp nguồn; lời của dự án thì viết ngoài khối trích dẫn (dòng bắt đầu bằng ">").',
    });
  }
  for (const { page, link, reason, element } of checkLinks(options.dist, options).broken) {
    const { file, onPage } = where(options, page, element);
    problems.push({
      file,
      problem: `liên kết "${link}"${onPage} ${reason}.`,
      fix: 'dẫn văn bản, điều, khoản bằng các thẻ <Dieu>, <VanBan>, <ThuatNgu>, <HuongDan> (lệnh dựng kiểm tra chúng), hoặc sửa đường dẫn cho đúng trang có thật.',
    });
  }
  return problems;
}
