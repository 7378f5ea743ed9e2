/**
 * Parses a source text file (provenance header, a "====" rule, then the verbatim text)
 * into chapters, articles, clauses and points with stable ASCII anchors:
 * #chuong-2, #dieu-5, #dieu-5-khoan-3, #dieu-5-khoan-3-diem-a.
 */

export interface SourceFile {
  /** Provenance header lines (source, completeness, edits), verbatim. */
  header: string;
  /** The verbatim document text below the rule. */
  body: string;
}

export interface LegalPoint {
  kind: 'point';
  letter: string;
  id: string;
  text: string;
}

export interface LegalClause {
  kind: 'clause';
  number: number;
  id: string;
  text: string;
  points: LegalPoint[];
}

export interface LegalParagraph {
  kind: 'paragraph';
  text: string;
}

export type ArticleBlock = LegalClause | LegalParagraph;

export interface LegalArticle {
  number: number;
  id: string;
  /** Heading line exactly as in the source, e.g. "Điều 5. Giải thích từ ngữ". */
  heading: string;
  /** Heading text after "Điều N." */
  title: string;
  blocks: ArticleBlock[];
  /** Every source line of the article, heading included, for verbatim checks. */
  sourceLines: string[];
}

export interface LegalChapter {
  numeral: string;
  id: string;
  heading: string;
  title: string;
  articles: LegalArticle[];
}

export interface LegalDocument {
  /** Paragraphs before the first chapter or article (title block, căn cứ). */
  preamble: string[];
  /** Chapters; a text without chapter headings gets one untitled chapter (numeral ''). */
  chapters: LegalChapter[];
}

const RULE = /^={10,}\s*$/m;
const CHAPTER = /^Chương ([IVXLC]+)\s*$/;
const ARTICLE = /^Điều (\d+)\.\s*(.*)$/;
const CLAUSE = /^(\d+)\.\s+/;
const POINT = /^([a-zđ])\)\s+/;

export function splitSourceFile(raw: string): SourceFile {
  const text = raw.replace(/\r\n?/g, '\n');
  const match = RULE.exec(text);
  if (!match) return { header: '', body: text.trim() };
  return {
    header: text.slice(0, match.index).trim(),
    body: text.slice(match.index + match[0].length).trim(),
  };
}

export function romanToInt(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const current = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ''] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}

function nonEmptyLines(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function parseLegalText(body: string): LegalDocument {
  const lines = nonEmptyLines(body);
  const doc: LegalDocument = { preamble: [], chapters: [] };
  let chapter: LegalChapter | null = null;
  let article: LegalArticle | null = null;
  let clause: LegalClause | null = null;
  let awaitingChapterTitle = false;

  const ensureChapter = (): LegalChapter => {
    if (!chapter) {
      chapter = { numeral: '', id: '', heading: '', title: '', articles: [] };
      doc.chapters.push(chapter);
    }
    return chapter;
  };

  for (const line of lines) {
    if (awaitingChapterTitle && chapter) {
      chapter.title = line;
      awaitingChapterTitle = false;
      continue;
    }
    const chapterMatch = CHAPTER.exec(line);
    if (chapterMatch) {
      const numeral = chapterMatch[1]!;
      chapter = { numeral, id: `chuong-${romanToInt(numeral)}`, heading: line, title: '', articles: [] };
      doc.chapters.push(chapter);
      article = null;
      clause = null;
      awaitingChapterTitle = true;
      continue;
    }
    const articleMatch = ARTICLE.exec(line);
    if (articleMatch) {
      const number = Number(articleMatch[1]);
      article = {
        number,
        id: `dieu-${number}`,
        heading: line,
        title: articleMatch[2] ?? '',
        blocks: [],
        sourceLines: [line],
      };
      ensureChapter().articles.push(article);
      clause = null;
      continue;
    }
    if (!article) {
      doc.preamble.push(line);
      continue;
    }
    article.sourceLines.push(line);
    const clauseMatch = CLAUSE.exec(line);
    if (clauseMatch) {
      const number = Number(clauseMatch[1]);
      clause = { kind: 'clause', number, id: `${article.id}-khoan-${number}`, text: line, points: [] };
      article.blocks.push(clause);
      continue;
    }
    const pointMatch = POINT.exec(line);
    if (pointMatch && clause) {
      const letter = pointMatch[1]!;
      clause.points.push({ kind: 'point', letter, id: `${clause.id}-diem-${letter === 'đ' ? 'dd' : letter}`, text: line });
      continue;
    }
    article.blocks.push({ kind: 'paragraph', text: line });
    clause = null;
  }
  return doc;
}

export function allArticles(doc: LegalDocument): LegalArticle[] {
  return doc.chapters.flatMap((chapter) => chapter.articles);
}

/** Whitespace-normalised text of an article, used to compare the page with the source. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
