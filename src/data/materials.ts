/**
 * Materials for the pages: loads content/an-pham, resolves citations and turns each entry into a
 * render job with its planned files (names carry a hash of the job, so a changed material gets
 * new URLs and Zalo fetches it again). Rendering happens only when a page or a file endpoint
 * asks for the files: the build renders all materials in one parallel batch, `astro dev` only
 * the one requested. Problems throw a ContentError naming file, field and fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderSetup } from 'virtual:material-rendering';
import { citationLine } from '../lib/citation-line';
import { ContentError } from '../lib/content-error';
import { CHU_DE_AN_PHAM, DIP, DIP_NGAN, LOAI_AN_PHAM } from '../lib/material-schema';
import { SITE_NAME, shortAddress } from '../lib/site';
import { routes } from '../lib/routes';
import { PRINT_FORMATS, type PrintFormat } from '../materials/formats';
import type { MaterialJob } from '../materials/engine';
import { plannedFiles, type OutputFile, type PlannedFile } from '../materials/output-files';
import { contentHash } from '../materials/render/cache';
import { renderJobs } from '../materials/render/render-all';
import { TONG_DAI_111 } from '../materials/templates/hotline';
import { sceneForTopics } from '../materials/templates/index';
import { getCatalog, resolveCitation, type ResolvedCitation } from './catalog';
import { absolute, href } from './urls';

export type MaterialEntry = CollectionEntry<'anPham'>;

export interface Material {
  entry: MaterialEntry;
  data: MaterialEntry['data'];
  format: PrintFormat;
  citations: ResolvedCitation[];
  job: MaterialJob;
  /** Start of the hash of the job: a changed material gets new file URLs. */
  hash: string;
  /** Site-relative folder of the files, e.g. "an-pham/x/tep-1a2b3c4d/". */
  folder: string;
  files: PlannedFile[];
  /** The full preview (wide screens). */
  preview: PlannedFile;
  /** Every preview, smallest first, for srcset. */
  previews: PlannedFile[];
  shareWide: PlannedFile;
}

const fileOf = (entry: MaterialEntry) => entry.filePath ?? `content/an-pham/${entry.id}`;

async function prepare(entry: MaterialEntry): Promise<Material> {
  const file = fileOf(entry);
  const { data } = entry;
  const citations = await Promise.all(data.canCu.map((c) => resolveCitation(c, file, 'canCu')));
  const pageUrl = absolute(routes.material(data.slug));
  const job: MaterialJob = {
    file,
    slug: data.slug,
    title: data.tieuDe,
    template: data.mau,
    size: data.kichThuoc,
    theme: data.chuDeMau,
    illustration: sceneForTopics(data.chuDe),
    texts: {
      tieuDe: data.tieuDe,
      khauHieu: data.khauHieu,
      diemChinh: data.diemChinh,
      keuGoi: data.keuGoi,
      dip: DIP_NGAN[data.dip],
      canCu: citationLine(citations.map(({ doc, citation }) => ({ doc: doc.data, dieu: citation.dieu, khoan: citation.khoan }))),
      ...(data.tongDai111 ? { tongDai: TONG_DAI_111.ten } : {}),
    },
    // Without SITE_URL the address is unknown: no QR code and no printed address, never a fake one.
    ...(pageUrl ? { pageUrl, siteAddress: shortAddress(absolute('')!) } : {}),
    siteName: SITE_NAME,
  };
  const format = PRINT_FORMATS[data.kichThuoc];
  const hash = contentHash(renderSetup.root, job).slice(0, 8);
  const folder = `${routes.material(data.slug)}tep-${hash}/`;
  const files = plannedFiles(data.slug, format);
  return {
    entry,
    data,
    format,
    citations,
    job,
    hash,
    folder,
    files,
    preview: files.filter((f) => f.kind === 'preview').at(-1)!,
    previews: files.filter((f) => f.kind === 'preview'),
    shareWide: files.find((f) => f.kind === 'share' && f.width === 1200)!,
  };
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
  return Promise.all(entries.map(prepare));
}

let cached: Promise<Material[]> | undefined;

export function getMaterials(): Promise<Material[]> {
  cached ??= load();
  return cached;
}

export interface RenderedFiles {
  /** Folder of the files in the render cache. */
  dir: string;
  files: OutputFile[];
}

const rendered = new Map<string, Promise<RenderedFiles>>();

/**
 * The rendered files of a material (from the render cache when unchanged). A build renders
 * every material at the first request, in parallel; `astro dev` renders only what is asked for.
 */
export async function renderedFiles(material: Material): Promise<RenderedFiles> {
  const wanted = import.meta.env.DEV ? [material] : await getMaterials();
  const missing = wanted.filter((m) => !rendered.has(m.folder));
  if (missing.length > 0) {
    const batch = renderJobs(
      missing.map((m) => m.job),
      renderSetup.root,
    );
    missing.forEach((m, i) =>
      rendered.set(
        m.folder,
        batch.then((all) => all[i]!),
      ),
    );
  }
  return rendered.get(material.folder)!;
}

export const fileHref = (material: Material, file: PlannedFile) => href(material.folder + file.file);

/** How wide a material's preview is when shown at most `height` tall: for the `sizes` of its images. */
export const previewWidthAt = (material: Material, height: number, unit: 'vh' | 'rem') =>
  // Previews are raster files: plannedFiles always gives them a pixel size.
  `${((height * material.preview.width!) / material.preview.height!).toFixed(1)}${unit}`;

/** srcset of a material's previews ("…-360.jpg 360w, …"). */
export const previewSrcset = (material: Material) =>
  material.previews.map((file) => `${fileHref(material, file)} ${file.width}w`).join(', ');

export type Facet = 'loai' | 'dip' | 'chu-de';

/** Gallery filters: label vocabulary and the values a material has for each. */
export const FACETS: Record<Facet, { labels: Record<string, string>; values: (m: Material) => string[] }> = {
  loai: { labels: LOAI_AN_PHAM, values: (m) => [m.data.loai] },
  dip: { labels: DIP, values: (m) => [m.data.dip] },
  'chu-de': { labels: CHU_DE_AN_PHAM, values: (m) => m.data.chuDe },
};
