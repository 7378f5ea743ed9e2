/**
 * Tasks and calendar dates of the school toolkit, with every citation checked against the
 * cited paragraph (anchor exists, quoted words are in it). Broken content fails the build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-error';
import { outlineParagraphs, type OutlineParagraph } from '../lib/outline';
import { resolveParagraphCitation, type CitableDocument } from '../lib/paragraph-citation';
import { shortDocumentName, shortSourceLabel } from '../lib/document-name';
import { GIAI_DOAN, parseDayOfYear, type GiaiDoan, type ParagraphCitation } from '../lib/toolkit-schema';
import { routes } from '../lib/routes';
import { getCatalog } from './catalog';

export interface ResolvedSource {
  /** Full label: "Công văn 85/GD&ĐT-TCCB của Phòng GD&ĐT Văn Giang, mục 1, gạch đầu dòng thứ 3". */
  label: string;
  /** Link text where space is short: "Công văn 85/GD&ĐT-TCCB, mục 1, gạch đầu dòng thứ 3". */
  shortLabel: string;
  /** Site-relative path with anchor, e.g. "van-ban/cv-85-gddt-tccb-2022-van-giang/#muc-1-gach-3". */
  path: string;
  quote: string;
  /** For documents written before the 2025 reorganisation: when and for whom they were written. */
  dated?: string;
}

export interface Task {
  id: string;
  title: string;
  phase: GiaiDoan;
  order: number;
  sources: ResolvedSource[];
}

export interface CalendarDate {
  id: string;
  title: string;
  kind: CollectionEntry<'lich'>['data']['loai'];
  start: { day: number; month: number };
  end?: { day: number; month: number };
  description: string;
  /** A reminder before the first day. */
  reminder?: { daysBefore: number; text: string };
  sources: ResolvedSource[];
}

const fileOf = (entry: { id: string; filePath?: string }, folder: string) => entry.filePath ?? `content/${folder}/${entry.id}.yaml`;

type ToolkitDocument = CitableDocument & { shortName: string };

let citable: Promise<(slug: string) => ToolkitDocument | undefined> | undefined;

function citableDocuments() {
  citable ??= getCatalog().then((catalog) => {
    const cache = new Map<string, ToolkitDocument>();
    return (slug: string) => {
      const doc = catalog.bySlug.get(slug);
      if (!doc) return undefined;
      if (!cache.has(slug)) {
        cache.set(slug, {
          name: doc.data.tenNgan,
          shortName: shortDocumentName(doc.data),
          paragraphs: outlineParagraphs(catalog.legalText(doc)?.preamble ?? []),
          editorNote: (doc.body ?? '').replace(/\*+/g, ''),
        });
      }
      return cache.get(slug);
    };
  });
  return citable;
}

export async function resolveSources(citations: ParagraphCitation[], filePath: string, field0 = 'nguon'): Promise<ResolvedSource[]> {
  const lookup = await citableDocuments();
  const catalog = await getCatalog();
  // What changed since a quoted document was written (e.g. its issuer no longer exists), from its update notices.
  const datedNotes = (slug: string): string | undefined =>
    catalog.bySlug
      .get(slug)
      ?.data.capNhat.map((notice) => notice.noiDung)
      .filter(Boolean)
      .join(' ') || undefined;
  return citations.map((citation, i) => {
    const field = `${field0}[${i}]`;
    const doc = lookup(citation.vanBan);
    if (!doc) {
      throw new ContentError({
        file: filePath,
        field: `${field}.vanBan`,
        problem: `không có văn bản nào có slug "${citation.vanBan}".`,
        fix: 'dùng slug của một tệp trong content/van-ban/.',
      });
    }
    const cited = resolveParagraphCitation(doc, citation, { file: filePath, field });
    return {
      label: cited.label,
      shortLabel: shortSourceLabel(cited.label, doc.name, doc.shortName),
      path: `${routes.document(citation.vanBan)}#${cited.anchor}`,
      quote: citation.trichDan,
      dated: datedNotes(citation.vanBan),
    };
  });
}

export async function getTasks(): Promise<Task[]> {
  const phases = Object.keys(GIAI_DOAN);
  const entries = await getCollection('viecCanLam');
  const tasks = await Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      title: entry.data.tieuDe,
      phase: entry.data.giaiDoan,
      order: entry.data.thuTu,
      sources: await resolveSources(entry.data.nguon, fileOf(entry, 'viec-can-lam')),
    })),
  );
  return tasks.sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase) || a.order - b.order || a.id.localeCompare(b.id));
}

export async function getCalendarDates(): Promise<CalendarDate[]> {
  const entries = await getCollection('lich');
  const dates = await Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      title: entry.data.tieuDe,
      kind: entry.data.loai,
      start: parseDayOfYear(entry.data.ngay)!,
      end: entry.data.denNgay ? parseDayOfYear(entry.data.denNgay)! : undefined,
      description: entry.data.moTa,
      reminder: entry.data.nhac && { daysBefore: entry.data.nhac.truocNgay, text: entry.data.nhac.noiDung },
      sources: await resolveSources(entry.data.nguon, fileOf(entry, 'lich')),
    })),
  );
  return dates.sort((a, b) => a.start.month - b.start.month || a.start.day - b.start.day);
}

export interface ModelPlanSection {
  heading: string;
  anchorPath: string;
  mustContain: string;
  why: string;
  sources: ResolvedSource[];
  /** The section's paragraphs, verbatim, with their anchors. */
  paragraphs: { id: string; text: string }[];
}

export interface ModelPlan {
  id: string;
  title: string;
  documentPath: string;
  intro: string;
  sections: ModelPlanSection[];
}

export async function getModelPlans(): Promise<ModelPlan[]> {
  const lookup = await citableDocuments();
  const entries = await getCollection('keHoachMau');
  return Promise.all(
    entries.map(async (entry) => {
      const filePath = fileOf(entry, 'ke-hoach-mau');
      const doc = lookup(entry.data.vanBan);
      if (!doc) {
        throw new ContentError({
          file: filePath,
          field: 'vanBan',
          problem: `không có văn bản nào có slug "${entry.data.vanBan}".`,
          fix: 'dùng slug của một tệp trong content/van-ban/.',
        });
      }
      const sections = await Promise.all(
        entry.data.muc.map(async (section, i) => {
          const paragraphs = doc.paragraphs.filter((p): p is OutlineParagraph & { id: string } =>
            Boolean(p.id && (p.id === section.doan || p.id.startsWith(`${section.doan}-`))),
          );
          if (paragraphs.length === 0) {
            throw new ContentError({
              file: filePath,
              field: `muc[${i}].doan`,
              problem: `${doc.name} không có mục "${section.doan}".`,
              fix: 'dùng mã neo của một đề mục La Mã trên trang văn bản, ví dụ "muc-3".',
            });
          }
          return {
            heading: paragraphs[0]!.text,
            anchorPath: `${routes.document(entry.data.vanBan)}#${section.doan}`,
            mustContain: section.canCo,
            why: section.viSao,
            sources: await resolveSources(section.nguon, filePath, `muc[${i}].nguon`),
            paragraphs: paragraphs.slice(1).map(({ id, text }) => ({ id, text })),
          };
        }),
      );
      return { id: entry.id, title: doc.name, documentPath: routes.document(entry.data.vanBan), intro: entry.data.gioiThieu, sections };
    }),
  );
}
