/**
 * Explainers, glossary terms and questions, with every citation resolved against the library.
 * A citation of an article or clause that does not exist, or a glossary term its clause does not
 * define, throws a ContentError naming the file and field, which fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { inlineCitationLabel, LAW_SLUG } from '../lib/citation-label';
import type { Citation } from '../lib/content-schema';
import { ContentError } from '../lib/content-error';
import { splitDefinition, type DefinitionParts } from '../lib/glossary';
import { allArticles } from '../lib/legal-text';
import { mdxPlainText, type TagAttributes } from '../lib/mdx-plain-text';
import { routes } from '../lib/routes';
import { entryFile, getCatalog, resolveCitation, type ResolvedCitation } from './catalog';
import { href } from './urls';

export type ExplainerEntry = CollectionEntry<'huongDan'>;
export type QuestionEntry = CollectionEntry<'hoiDap'>;

/** Site-relative path of a resolved citation: the document page, at the article or clause. */
export function citationPath(resolved: ResolvedCitation): string {
  return routes.document(resolved.doc.data.slug) + (resolved.anchor ? `#${resolved.anchor}` : '');
}

/** Base-aware link to a resolved citation. */
export const citationHref = (resolved: ResolvedCitation): string => href(citationPath(resolved));

function resolveAll(citations: Citation[], file: string): Promise<ResolvedCitation[]> {
  return Promise.all(citations.map((citation, index) => resolveCitation(citation, file, `canCu[${index}]`)));
}

/** Each loader runs once per build; components call them many times. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (cached ??= load());
}

const byOrder =
  <T extends { data: { thuTu: number } }>(title: (entry: T) => string) =>
  (a: T, b: T) =>
    a.data.thuTu - b.data.thuTu || title(a).localeCompare(title(b), 'vi');

export interface Explainer {
  entry: ExplainerEntry;
  slug: string;
  canCu: ResolvedCitation[];
}

export const getExplainers = once(async (): Promise<Explainer[]> => {
  const entries = (await getCollection('huongDan')).sort(byOrder((entry) => entry.data.title));
  return Promise.all(
    entries.map(async (entry) => ({ entry, slug: entry.id, canCu: await resolveAll(entry.data.canCu, entryFile(entry, 'huong-dan')) })),
  );
});

export interface Question {
  entry: QuestionEntry;
  /** Anchor of the question on the FAQ page: the file name. */
  anchor: string;
  canCu: ResolvedCitation[];
}

export const getQuestions = once(async (): Promise<Question[]> => {
  const entries = (await getCollection('hoiDap')).sort(byOrder((entry) => entry.data.cauHoi));
  return Promise.all(
    entries.map(async (entry) => ({ entry, anchor: entry.id, canCu: await resolveAll(entry.data.canCu, entryFile(entry, 'hoi-dap')) })),
  );
});

export interface GlossaryTerm {
  /** Anchor on the glossary page: the file name, e.g. "binh-dang-gioi". */
  anchor: string;
  /** The defining clause, split into the term and the rest, verbatim from the Law. */
  definition: DefinitionParts;
  source: ResolvedCitation;
  giaiThich?: string;
}

export const getGlossary = once(async (): Promise<GlossaryTerm[]> => {
  const catalog = await getCatalog();
  const entries = await getCollection('thuatNgu');
  const seen = new Map<string, string>();
  const terms = await Promise.all(
    entries.map(async (entry): Promise<GlossaryTerm> => {
      const file = entryFile(entry, 'thuat-ngu');
      const { thuatNgu, dinhNghia, giaiThich } = entry.data;
      const source = await resolveCitation(dinhNghia, file, 'dinhNghia');
      const article = allArticles(catalog.legalText(source.doc)!).find((a) => a.number === dinhNghia.dieu)!;
      const clause = article.blocks.find((block) => block.kind === 'clause' && block.number === dinhNghia.khoan)!;
      const definition = splitDefinition(clause.text, thuatNgu);
      if (!definition) {
        throw new ContentError({
          file: file,
          field: 'thuatNgu',
          problem: `${source.label} không định nghĩa "${thuatNgu}"; khoản này viết: "${clause.text}".`,
          fix: 'sửa thuatNgu cho đúng chữ ở đầu khoản (trước "là" hoặc "chỉ"), hoặc sửa dinhNghia cho đúng khoản.',
        });
      }
      const other = seen.get(source.anchor + source.doc.data.slug);
      if (other) {
        throw new ContentError({
          file: file,
          field: 'dinhNghia',
          problem: `${source.label} đã được dùng trong ${other}.`,
          fix: 'mỗi khoản chỉ có một tệp thuật ngữ; xoá tệp trùng.',
        });
      }
      seen.set(source.anchor + source.doc.data.slug, file);
      return { anchor: entry.id, definition, source, giaiThich };
    }),
  );
  // Order of the Law: article, then clause.
  return terms.sort((a, b) => a.source.citation.dieu! - b.source.citation.dieu! || a.source.citation.khoan! - b.source.citation.khoan!);
});

/**
 * Plain text of each answer (by anchor), for FAQPage structured data. Components are replaced by
 * the label they render; their targets were already checked when the page rendered them.
 */
export async function plainAnswers(questions: Question[]): Promise<Map<string, string>> {
  const [catalog, glossary, explainers] = await Promise.all([getCatalog(), getGlossary(), getExplainers()]);
  const documentName = (slug: unknown) => catalog.bySlug.get(String(slug))?.data.tenNgan ?? '';
  const label = (tag: string, a: TagAttributes): string => {
    switch (tag) {
      case 'Dieu': {
        const slug = typeof a.vanBan === 'string' ? a.vanBan : LAW_SLUG;
        return inlineCitationLabel({
          so: Number(a.so),
          khoan: a.khoan === undefined ? undefined : Number(a.khoan),
          hoa: a.hoa === true || a.hoa === 'true',
          tenVanBan: slug === LAW_SLUG ? undefined : documentName(slug),
        });
      }
      case 'VanBan':
        return documentName(a.slug);
      case 'ThuatNgu':
        return glossary.find((term) => term.anchor === a.id)?.definition.term.toLocaleLowerCase('vi') ?? '';
      case 'HuongDan':
        return explainers.find((explainer) => explainer.slug === a.slug)?.entry.data.title ?? '';
      default:
        return '';
    }
  };
  return new Map(questions.map((question) => [question.anchor, mdxPlainText(question.entry.body ?? '', label)]));
}
