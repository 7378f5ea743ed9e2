/**
 * The content check: reads every file of content/ itself (bytes, so it knows encodings; text, so it
 * knows lines), validates it with the same zod schemas the collections use (src/lib/collections.ts),
 * checks what files and fields must agree on (one file per slug, slug = file name, căn cứ, source
 * files and their completeness), and returns every problem at once. The build runs it before Astro
 * loads content (src/integrations/content-check.ts); tests run it on fixture trees in milliseconds.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, SOURCE_FOLDER, type CollectionSpec } from '../collections';
import { ContentError, type ContentProblem } from '../content-error';
import { displayPath } from '../display-path';
import { documentGraphProblems, type GraphNode } from '../document-graph';
import { unknownSources, type Governance } from '../governance-schema';
import { parseLegalText, splitSourceFile } from '../legal-text';
import { decodeContentFile } from './decode';
import { mdxBodyProblems } from './mdx-body';
import { completenessClaim, missingAgainstClaim } from './source-completeness';
import { parseFrontmatter, parseYamlFile } from './yaml-data';
import { markDefaultMessages, problemsOfIssue } from './zod-problems';

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1);
const baseName = (name: string) => name.slice(0, name.lastIndexOf('.'));

interface CheckedEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
}

/** Validates one file of a collection; returns its data when it is valid. */
function checkEntry(spec: CollectionSpec, full: string, problems: ContentProblem[]): CheckedEntry | undefined {
  const file = displayPath(full);
  const id = baseName(path.basename(full));
  const decoded = decodeContentFile(readFileSync(full));
  if (!decoded.ok) {
    problems.push({ file, line: decoded.line, problem: decoded.problem, fix: decoded.fix });
    return undefined;
  }
  if (decoded.text.trim() === '') {
    problems.push({ file, problem: 'tệp rỗng.', fix: 'điền các trường của mục này (xem một tệp cùng thư mục làm mẫu), hoặc xoá tệp.' });
    return undefined;
  }
  const parsed = spec.format === 'frontmatter' ? parseFrontmatter(decoded.text) : parseYamlFile(decoded.text);
  if (!parsed.ok) {
    problems.push({ file, line: parsed.line, problem: parsed.problem, fix: parsed.fix });
    return undefined;
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    problems.push({
      file,
      line: 1,
      problem: 'tệp không có trường nào dạng "tenTruong: giá trị".',
      fix: 'viết mỗi trường trên một dòng dạng "tenTruong: giá trị" (xem một tệp cùng thư mục làm mẫu).',
    });
    return undefined;
  }
  if (parsed.body && extensionOf(full) === 'mdx') problems.push(...mdxBodyProblems(file, parsed.body.text, parsed.body.line));
  const result = spec.schema.safeParse(parsed.data, { error: markDefaultMessages });
  if (!result.success) {
    const context = { file, schema: spec.schema, data: parsed.data, lineOf: parsed.lineOf };
    problems.push(...result.error.issues.flatMap((issue) => problemsOfIssue(issue, context)));
    return undefined;
  }
  const data = result.data as Record<string, unknown>;
  if (spec.hasSlugField && data.slug !== id) {
    problems.push({
      file,
      field: 'slug',
      line: parsed.lineOf(['slug']),
      problem: `slug "${String(data.slug)}" khác tên tệp "${path.basename(full)}"; địa chỉ trang đi theo slug, nên đổi một trong hai sẽ làm hỏng liên kết đã chia sẻ.`,
      fix: `để slug trùng tên tệp: sửa thành "slug: ${id}", hoặc đổi tên tệp thành "${String(data.slug)}.${extensionOf(full)}" (giữ slug cũ nếu trang đã được chia sẻ).`,
    });
  }
  return { id, file, data };
}

/** Checks every file of one collection folder, including two files for one entry (x.md beside x.mdx). */
function collectionFiles(root: string, spec: CollectionSpec): string[] {
  const dir = path.join(root, spec.folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => spec.extensions.includes(extensionOf(name)))
    .sort();
}

function checkCollection(root: string, spec: CollectionSpec, problems: ContentProblem[]): CheckedEntry[] {
  const dir = path.join(root, spec.folder);
  const files = collectionFiles(root, spec);
  const byId = Map.groupBy(files, baseName);
  for (const [id, same] of byId) {
    if (same.length > 1) {
      problems.push({
        file: displayPath(path.join(dir, same[0]!)),
        problem: `có ${same.length} tệp cho cùng một mục "${id}": ${same.join(', ')}; chỉ một tệp được dùng, tệp kia bị bỏ qua.`,
        fix: `giữ một tệp, xoá hoặc đổi tên tệp còn lại.`,
      });
    }
  }
  return files.flatMap((name) => checkEntry(spec, path.join(dir, name), problems) ?? []);
}

interface SourceText {
  file: string;
  body: string;
}

function readSources(root: string, problems: ContentProblem[]): Map<string, SourceText> {
  const dir = path.join(root, SOURCE_FOLDER);
  const sources = new Map<string, SourceText>();
  if (!existsSync(dir)) return sources;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const full = path.join(dir, name);
    const file = displayPath(full);
    const decoded = decodeContentFile(readFileSync(full));
    if (!decoded.ok) problems.push({ file, line: decoded.line, problem: decoded.problem, fix: decoded.fix });
    else sources.set(baseName(name), { file, body: splitSourceFile(decoded.text.normalize('NFC')).body });
  }
  return sources;
}

/** Each document's source file exists, has text, and holds what the page claims it holds. */
function sourceProblems(documents: CheckedEntry[], sources: Map<string, SourceText>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const doc of documents) {
    const name = doc.data.vanBanGoc as string | undefined;
    if (!name) continue;
    const source = sources.get(name);
    if (!source) {
      problems.push({
        file: doc.file,
        field: 'vanBanGoc',
        problem: `không có tệp content/${SOURCE_FOLDER}/${name}.txt.`,
        fix: 'đặt tệp văn bản gốc vào content/nguon/ hoặc sửa tên cho đúng (không có đuôi .txt).',
      });
      continue;
    }
    // A document known only by its number (mucDo: chi-thong-tin) has a header and no text on purpose.
    if (source.body === '' && doc.data.mucDo !== 'chi-thong-tin') {
      problems.push({
        file: source.file,
        problem: `tệp không có nguyên văn (sau dòng "=====" không còn gì), nên trang văn bản "${doc.id}" sẽ không có nội dung.`,
        fix: `chép nguyên văn vào dưới dòng "=====", sau khối ghi chú nguồn; nếu chưa có toàn văn, đặt "mucDo: chi-thong-tin" trong ${doc.file}.`,
      });
      continue;
    }
    const claim = completenessClaim(doc.data.thieu as string | undefined);
    if (!claim) continue;
    const missing = missingAgainstClaim(parseLegalText(source.body), claim);
    if (missing.length > 0) {
      problems.push({
        file: source.file,
        problem: `${missing.join('; ')}, trong khi trang văn bản ghi "${claim.words}" (trường "thieu" của ${doc.file}).`,
        fix: `chép lại đủ nguyên văn vào tệp này, hoặc sửa "thieu" và "mucDo" của ${doc.file} cho đúng phần đang có.`,
      });
    }
  }
  return problems;
}

/** The organisation that applies now (content/so-do/) exists, and cites only sources it lists. */
function governanceProblems(entries: CheckedEntry[], files: number): ContentProblem[] {
  if (files === 0) {
    return [
      {
        file: `content/${COLLECTIONS.soDo.folder}/`,
        problem: 'không có tệp nào mô tả tổ chức áp dụng hiện nay, nên trang Sơ đồ các văn bản thiếu chuỗi hiện nay.',
        fix: `đặt lại tệp content/${COLLECTIONS.soDo.folder}/ap-dung-hien-nay.yaml.`,
      },
    ];
  }
  return entries.flatMap((entry) =>
    unknownSources(entry.data as Governance).map(({ field, id }) => ({
      file: entry.file,
      field,
      problem: `nguồn "${id}" không có trong danh sách nguon của tệp.`,
      fix: 'thêm nguồn đó vào danh sách nguon (id, ten, noiDang, thuCap) hoặc sửa id cho đúng.',
    })),
  );
}

/** Every problem in the content folder `root`, in file order; empty when the content is sound. */
export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checked = Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, spec]) => [name, checkCollection(root, spec, problems)]),
  ) as Record<keyof typeof COLLECTIONS, CheckedEntry[]>;
  const documents = checked.vanBan;
  const nodes: GraphNode[] = documents.map((doc) => ({
    slug: doc.data.slug as string,
    soHieu: doc.data.soHieu as string | null,
    canCu: doc.data.canCu as string[],
    filePath: doc.file,
  }));
  const allDocuments = collectionFiles(root, COLLECTIONS.vanBan).map(baseName);
  problems.push(...documentGraphProblems(nodes, allDocuments));
  problems.push(...sourceProblems(documents, readSources(root, problems)));
  problems.push(...governanceProblems(checked.soDo, collectionFiles(root, COLLECTIONS.soDo).length));
  return problems;
}

/** Throws one ContentError listing every problem of the content folder. */
export function assertContent(root: string): void {
  const problems = checkContent(root);
  if (problems.length > 0) throw new ContentError(problems);
}
