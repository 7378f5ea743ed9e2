/**
 * A document page tells readers how complete its text is, in the `thieu` field ("Có đủ nội dung
 * 18 điều (Điều 1–18)", "Đủ 6 chương, 44 điều"). That claim must hold for the source file the page
 * shows: an emptied or truncated content/nguon/*.txt must fail the build, not publish a page that
 * claims 18 articles and shows none.
 */
import { allArticles, type LegalDocument } from '../legal-text';

export interface CompletenessClaim {
  /** The words of the claim, for messages. */
  words: string;
  chapters?: number;
  /** First and last article claimed complete. */
  from: number;
  to: number;
}

const CLAIM = /đủ\s+(?:nội dung\s+)?(?:(\d+)\s+chương,?\s+)?(\d+)\s+điều(?:\s*\(Điều\s+(\d+)\s*[–-]\s*(\d+)\))?/i;

/** The completeness claim in a document's `thieu` text, if it makes one. */
export function completenessClaim(text: string | undefined): CompletenessClaim | undefined {
  const match = text ? CLAIM.exec(text.normalize('NFC')) : null;
  if (!match) return undefined;
  const count = Number(match[2]);
  return {
    words: match[0],
    chapters: match[1] ? Number(match[1]) : undefined,
    from: match[3] ? Number(match[3]) : 1,
    to: match[4] ? Number(match[4]) : count,
  };
}

const range = (numbers: number[]) =>
  numbers.length <= 3 ? numbers.map((n) => `Điều ${n}`).join(', ') : `Điều ${numbers[0]}–${numbers.at(-1)}`;

/** What the parsed source lacks against the claim, as Vietnamese phrases; empty when it holds. */
export function missingAgainstClaim(doc: LegalDocument, claim: CompletenessClaim): string[] {
  const missing: string[] = [];
  const chapters = doc.chapters.filter((chapter) => chapter.numeral !== '').length;
  if (claim.chapters !== undefined && chapters < claim.chapters)
    missing.push(`chỉ có ${chapters} chương, không đủ ${claim.chapters} chương`);
  const articles = new Map(allArticles(doc).map((article) => [article.number, article]));
  const absent: number[] = [];
  const empty: number[] = [];
  const gaps: string[] = [];
  for (let number = claim.from; number <= claim.to; number++) {
    const article = articles.get(number);
    if (!article) absent.push(number);
    else if (article.sourceLines.length < 2) empty.push(number);
    else {
      const clauses = article.blocks.flatMap((block) => (block.kind === 'clause' ? [block.number] : []));
      const gap = clauses.findIndex((n, i) => n !== i + 1);
      if (gap !== -1) gaps.push(`Điều ${number} thiếu khoản ${gap + 1}`);
    }
  }
  if (absent.length) missing.push(`thiếu ${range(absent)} (có ${articles.size} điều)`);
  if (empty.length) missing.push(`${range(empty)} chỉ có tên điều, không có nội dung`);
  missing.push(...gaps);
  return missing;
}
