/**
 * Parses a source text file (provenance header, a "====" rule, then the verbatim text)
 * into chapters, articles, clauses and points with stable ASCII anchors:
 * #chuong-2, #dieu-5, #dieu-5-khoan-3, #dieu-5-khoan-3-diem-a.
 *
 * Lines in square brackets are the compiler's notes on a partial text ("[khoản 1: chưa truy
 * xuất được]"), never words of the document: they become `note` blocks where they stand, and a
 * note that opens with an upper-case title ("[KẾ HOẠCH ban hành kèm theo …]") starts the
 * attached document (annex) after the articles.
 */

export interface SourceFile {
  /** Provenance header lines (source, completeness, edits), verbatim. */
  header: string;
  /** The verbatim document text below the rule. */
  body: string;
}

/** A compiler's note on the text (what is missing), shown as such, never as the document's words. */
export interface LegalNote {
  kind: 'note';
  text: string;
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
  /** Points, and notes on missing points, in source order. */
  points: (LegalPoint | LegalNote)[];
}

export interface LegalParagraph {
  kind: 'paragraph';
  text: string;
}

export type ArticleBlock = LegalClause | LegalParagraph | LegalNote;

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
  /** A compiler's note standing for a chapter heading the source lacks ("[tên Chương II: chưa truy xuất được]"). */
  note?: string;
  articles: LegalArticle[];
}

/** A document issued together with the main one (e.g. the plan a decision approves). */
export interface LegalAnnex {
  /** The compiler's note that introduces it. */
  note: string;
  blocks: (LegalParagraph | LegalNote)[];
}

export interface LegalDocument {
  /** Paragraphs before the first chapter or article (title block, căn cứ). */
  preamble: string[];
  /** Chapters; a text without chapter headings gets one untitled chapter (numeral ''). */
  chapters: LegalChapter[];
  annexes: LegalAnnex[];
}

const RULE = /^={10,}\s*$/m;
const RULES = /^(?:={10,}\s*\n)+/;
const NOTE = /^\[(.+)\]$/;
/** A verbatim line followed by a compiler's note on the same line: "c) … giới. [câu tiếp theo bị cắt …]". */
const TRAILING_NOTE = /^(.*?\S)\s+\[([^\]].*)\]$/;
/** A note standing for a missing chapter heading still opens that chapter. */
const CHAPTER_NOTE = /^tên Chương ([IVXLC]+)\b/;
/** An annex opens with its upper-case title, e.g. "KẾ HOẠCH", "PHỤ LỤC". */
const ANNEX_TITLE = /^\p{Lu}{2,}(?:\s|$)/u;
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
    // Some files repeat the rule; only the text below the last one is the document.
    body: text
      .slice(match.index + match[0].length)
      .trim()
      .replace(RULES, '')
      .trim(),
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

/** The text of a compiler's note line, or null for a line of the document. */
export function editorNote(line: string): string | null {
  return NOTE.exec(line)?.[1] ?? null;
}

/** Splits "verbatim words [note]" into its two parts; lines without a trailing note stay whole. */
function splitTrailingNote(line: string): [string, string | null] {
  if (line.startsWith('[')) return [line, null];
  const match = TRAILING_NOTE.exec(line);
  return match ? [match[1]!, match[2]!] : [line, null];
}

export function parseLegalText(body: string): LegalDocument {
  const lines = nonEmptyLines(body).flatMap((line) => {
    const [text, note] = splitTrailingNote(line);
    return note ? [text, `[${note}]`] : [text];
  });
  const doc: LegalDocument = { preamble: [], chapters: [], annexes: [] };
  let annex: LegalAnnex | null = null;
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
    const note = editorNote(line);
    if (annex) {
      annex.blocks.push(note !== null ? { kind: 'note', text: note } : { kind: 'paragraph', text: line });
      continue;
    }
    const chapterNote = note === null ? null : CHAPTER_NOTE.exec(note);
    if (chapterNote) {
      const numeral = chapterNote[1]!;
      chapter = { numeral, id: `chuong-${romanToInt(numeral)}`, heading: `Chương ${numeral}`, title: '', note: note!, articles: [] };
      doc.chapters.push(chapter);
      article = null;
      clause = null;
      continue;
    }
    if (note !== null && article && ANNEX_TITLE.test(note)) {
      annex = { note, blocks: [] };
      doc.annexes.push(annex);
      continue;
    }
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
    if (note !== null) {
      if (clause) clause.points.push({ kind: 'note', text: note });
      else article.blocks.push({ kind: 'note', text: note });
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
