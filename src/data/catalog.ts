/**
 * The one place pages get documents from: loads the collections, builds the căn cứ graph, resolves
 * citations and parses legal texts. File-level rules (schemas, source files, the graph) were already
 * checked before the build (src/lib/content-check/); citations of articles and clauses are checked
 * here and throw a ContentError naming file, field and fix, which fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDocumentGraph, type DocumentGraph } from '../lib/document-graph';
import { ContentError } from '../lib/content-error';
import { parseLegalText, allArticles, type LegalDocument } from '../lib/legal-text';
import type { Citation } from '../lib/content-schema';

export type DocumentEntry = CollectionEntry<'vanBan'>;
export type SourceEntry = CollectionEntry<'nguon'>;

export interface Catalog {
  documents: DocumentEntry[];
  bySlug: Map<string, DocumentEntry>;
  graph: DocumentGraph;
  source(doc: DocumentEntry): SourceEntry | undefined;
  legalText(doc: DocumentEntry): LegalDocument | undefined;
}

/** Project-relative file of a collection entry, for error messages. */
export function entryFile(entry: { id: string; filePath?: string }, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}

let cached: Promise<Catalog> | undefined;

async function loadCatalog(): Promise<Catalog> {
  const documents = (await getCollection('vanBan')).sort((a, b) => a.data.slug.localeCompare(b.data.slug));
  const sources = new Map((await getCollection('nguon')).map((entry) => [entry.id, entry]));
  const graph = buildDocumentGraph(
    documents.map((doc) => ({
      slug: doc.data.slug,
      soHieu: doc.data.soHieu,
      canCu: doc.data.canCu,
      filePath: entryFile(doc, 'van-ban'),
    })),
  );
  const parsed = new Map<string, LegalDocument>();
  const catalog: Catalog = {
    documents,
    bySlug: new Map(documents.map((doc) => [doc.data.slug, doc])),
    graph,
    source: (doc) => (doc.data.vanBanGoc ? sources.get(doc.data.vanBanGoc) : undefined),
    legalText(doc) {
      const source = catalog.source(doc);
      if (!source || !source.data.body) return undefined;
      if (!parsed.has(source.id)) parsed.set(source.id, parseLegalText(source.data.body));
      return parsed.get(source.id);
    },
  };
  return catalog;
}

export function getCatalog(): Promise<Catalog> {
  cached ??= loadCatalog();
  return cached;
}

export interface ResolvedCitation {
  doc: DocumentEntry;
  citation: Citation;
  /** Anchor inside the document page, e.g. "dieu-14-khoan-2", or "" for the whole document. */
  anchor: string;
  label: string;
}

/** Resolves a citation and checks that the document, article and clause exist. */
export async function resolveCitation(citation: Citation, filePath: string, field = 'canCu'): Promise<ResolvedCitation> {
  const catalog = await getCatalog();
  const doc = catalog.bySlug.get(citation.vanBan);
  if (!doc) {
    throw new ContentError({
      file: filePath,
      field: field,
      problem: `không có văn bản nào có slug "${citation.vanBan}".`,
      fix: 'dùng slug của một tệp trong content/van-ban/.',
    });
  }
  const name = doc.data.tenNgan;
  if (citation.dieu === undefined) return { doc, citation, anchor: '', label: name };
  const article = allArticles(catalog.legalText(doc) ?? { preamble: [], chapters: [], annexes: [] }).find(
    (a) => a.number === citation.dieu,
  );
  if (!article) {
    throw new ContentError({
      file: filePath,
      field: field,
      problem: `${doc.data.tenNgan} không có Điều ${citation.dieu} trong văn bản gốc của dự án.`,
      fix: 'sửa số điều hoặc bỏ "dieu".',
    });
  }
  if (citation.khoan === undefined) return { doc, citation, anchor: article.id, label: `Điều ${citation.dieu} ${name}` };
  const clause = article.blocks.find((b) => b.kind === 'clause' && b.number === citation.khoan);
  if (!clause) {
    throw new ContentError({
      file: filePath,
      field: field,
      problem: `Điều ${citation.dieu} của ${doc.data.tenNgan} không có khoản ${citation.khoan}.`,
      fix: 'sửa số khoản hoặc bỏ "khoan".',
    });
  }
  return { doc, citation, anchor: `${article.id}-khoan-${citation.khoan}`, label: `khoản ${citation.khoan} Điều ${citation.dieu} ${name}` };
}
