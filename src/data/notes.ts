/**
 * Update notices and verification notes (content/ghi-chu/). Pages attach notices by id
 * (`capNhat: [{ ghiChu: …, noiDung: … }]`); an unknown id or a missing notes file is a content
 * error naming file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { UpdateRef } from '../lib/content-schema';
import { ContentError } from '../lib/content-error';
import { entryFile } from './catalog';

export type NoteEntry = CollectionEntry<'ghiChu'>;

export interface AttachedNotice {
  note: NoteEntry;
  /** What the change means for the page it is attached to. */
  noiDung?: string;
}

let cached: Promise<Map<string, NoteEntry>> | undefined;

async function load(): Promise<Map<string, NoteEntry>> {
  const notes = await getCollection('ghiChu');
  const sources = new Set((await getCollection('nguon')).map((entry) => entry.id));
  for (const note of notes) {
    note.data.ghiChuGoc.forEach((id, i) => {
      if (!sources.has(id)) {
        throw new ContentError({
          file: entryFile(note, 'ghi-chu'),
          field: `ghiChuGoc[${i}]`,
          problem: `không có tệp content/nguon/${id}.txt.`,
          fix: 'ghi tên một tệp trong content/nguon/ (không có đuôi .txt).',
        });
      }
    });
  }
  return new Map(notes.map((note) => [note.id, note]));
}

const notesById = () => (cached ??= load());

/** Every note, newest check first. */
export async function getNotes(): Promise<NoteEntry[]> {
  return [...(await notesById()).values()].sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

/** Notices shown on the home page and the library: changes that concern the whole site. */
export async function getSiteNotices(): Promise<AttachedNotice[]> {
  return (await getNotes()).filter((note) => note.data.toanTrang).map((note) => ({ note }));
}

export async function resolveNotices(refs: UpdateRef[], file: string, field = 'capNhat'): Promise<AttachedNotice[]> {
  const notes = await notesById();
  return refs.map((ref, i) => {
    const note = notes.get(ref.ghiChu);
    if (!note) {
      throw new ContentError({
        file,
        field: `${field}[${i}].ghiChu`,
        problem: `không có ghi chú cập nhật "${ref.ghiChu}".`,
        fix: 'dùng tên một tệp trong content/ghi-chu/ (không có đuôi .mdx).',
      });
    }
    return { note, noiDung: ref.noiDung };
  });
}
