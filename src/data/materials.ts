/**
 * Materials for the pages: loads content/an-pham, checks what zod cannot (template, size,
 * orientation, citations), renders every output through the cached worker pool and copies the
 * files into the build output. Any problem throws a ContentError naming file, field and fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { citationLine } from '../lib/citation-line';
import { ContentError } from '../lib/content-error';
import { CHU_DE_AN_PHAM, DIP, DIP_NGAN, KHO_THEO_LOAI, LOAI_AN_PHAM } from '../lib/material-schema';
import { SITE_NAME } from '../lib/site';
import { routes } from '../lib/routes';
import { PRINT_FORMATS, type PrintFormat, type PrintFormatId } from '../materials/formats';
import { MaterialError, checkStructure } from '../materials/checks';
import { sceneForTopics } from '../materials/templates/index';
import type { MaterialJob, OutputFile } from '../materials/render/job';
import { renderAll } from '../materials/render/render-all';
import { RenderFailure } from '../materials/render/pool';
import { getCatalog, resolveCitation, type ResolvedCitation } from './catalog';
import { absolute, href } from './urls';

export type MaterialEntry = CollectionEntry<'anPham'>;

export interface MaterialFile extends OutputFile {
  /** Site-relative path of the file in the build. */
  path: string;
}

export interface Material {
  entry: MaterialEntry;
  data: MaterialEntry['data'];
  format: PrintFormat;
  citations: ResolvedCitation[];
  files: MaterialFile[];
  preview: MaterialFile;
  shareWide: MaterialFile;
}

const fileOf = (entry: MaterialEntry) => entry.filePath ?? `content/an-pham/${entry.id}`;

function siteAddress(): string {
  const url = new URL(absolute(''));
  return (url.host + url.pathname).replace(/\/$/, '');
}

async function prepare(entry: MaterialEntry): Promise<{ job: MaterialJob; format: PrintFormat; citations: ResolvedCitation[] }> {
  const file = fileOf(entry);
  const { data } = entry;
  if (!KHO_THEO_LOAI[data.loai].includes(data.kichThuoc)) {
    throw new ContentError({
      file: file,
      field: 'kichThuoc',
      problem: `${LOAI_AN_PHAM[data.loai]} không in ở khổ "${data.kichThuoc}".`,
      fix: `chọn một trong: ${KHO_THEO_LOAI[data.loai].join(', ')}.`,
    });
  }
  const citations = await Promise.all(data.canCu.map((c) => resolveCitation(c, file, 'canCu')));
  const texts = {
    tieuDe: data.tieuDe,
    khauHieu: data.khauHieu,
    diemChinh: data.diemChinh,
    keuGoi: data.keuGoi,
    dip: DIP_NGAN[data.dip],
    canCu: citationLine(citations.map(({ doc, citation }) => ({ doc: doc.data, dieu: citation.dieu, khoan: citation.khoan }))),
  };
  const spec = { template: data.mau, size: data.kichThuoc, theme: data.chuDeMau, texts };
  try {
    checkStructure(spec);
  } catch (error) {
    if (error instanceof MaterialError) throw new ContentError({ file: file, field: error.field, problem: error.detail, fix: error.fix });
    throw error;
  }
  const format = PRINT_FORMATS[data.kichThuoc as PrintFormatId];
  if (format.orientation !== data.huong) {
    throw new ContentError({
      file: file,
      field: 'huong',
      problem: `khổ ${format.label} là khổ ${format.orientation === 'doc' ? 'dọc' : 'ngang'}.`,
      fix: `ghi huong: ${format.orientation}.`,
    });
  }
  const job: MaterialJob = {
    slug: data.slug,
    title: data.tieuDe,
    template: data.mau,
    size: data.kichThuoc,
    theme: data.chuDeMau,
    texts,
    illustration: sceneForTopics(data.chuDe),
    pageUrl: absolute(routes.material(data.slug)),
    siteName: SITE_NAME,
    siteAddress: siteAddress(),
  };
  return { job, format, citations };
}

async function load(): Promise<Material[]> {
  await getCatalog();
  const entries = (await getCollection('anPham')).sort((a, b) => a.data.thuTu - b.data.thuTu || a.data.slug.localeCompare(b.data.slug));
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const other = seen.get(entry.data.slug);
    if (other)
      throw new ContentError({
        file: fileOf(entry),
        field: 'slug',
        problem: `trùng slug "${entry.data.slug}" với ${other}.`,
        fix: 'đặt slug khác.',
      });
    seen.set(entry.data.slug, fileOf(entry));
  }
  const prepared = await Promise.all(entries.map(prepare));
  const root = process.env.MATERIALS_ROOT ?? process.cwd();
  let rendered;
  try {
    rendered = await renderAll(
      prepared.map((p) => p.job),
      root,
    );
  } catch (error) {
    // Overflow and glyph checks run in the workers; name the content file here.
    const info = error instanceof RenderFailure ? error.info : undefined;
    if (info?.field && info.slug)
      throw new ContentError({ file: seen.get(info.slug)!, field: info.field, problem: info.detail!, fix: info.fix! });
    throw error;
  }
  const outDir = process.env.MATERIALS_OUT_DIR;
  return entries.map((entry, i) => {
    const { format, citations } = prepared[i]!;
    const { dir, hash, result } = rendered[i]!;
    const folder = `${routes.material(entry.data.slug)}tep-${hash.slice(0, 8)}/`;
    const files = result.files.map((f) => ({ ...f, path: folder + f.file }));
    if (outDir) {
      mkdirSync(path.join(outDir, folder), { recursive: true });
      for (const f of files) copyFileSync(path.join(dir, f.file), path.join(outDir, f.path));
    }
    return {
      entry,
      data: entry.data,
      format,
      citations,
      files,
      preview: files.find((f) => f.kind === 'preview')!,
      shareWide: files.find((f) => f.kind === 'share' && f.width === 1200)!,
    };
  });
}

let cached: Promise<Material[]> | undefined;

export function getMaterials(): Promise<Material[]> {
  cached ??= load();
  return cached;
}

export const fileHref = (file: MaterialFile) => href(file.path);

export type Facet = 'loai' | 'dip' | 'chu-de';

/** Gallery filters: label vocabulary and the values a material has for each. */
export const FACETS: Record<Facet, { labels: Record<string, string>; values: (m: Material) => string[] }> = {
  loai: { labels: LOAI_AN_PHAM, values: (m) => [m.data.loai] },
  dip: { labels: DIP, values: (m) => [m.data.dip] },
  'chu-de': { labels: CHU_DE_AN_PHAM, values: (m) => m.data.chuDe },
};
