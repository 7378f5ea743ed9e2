/**
 * Renders one material into every output file (Node side, inside a worker process) with the
 * shared renderer (engine.ts): rasters with sharp, PDFs with the shared print-PDF module.
 * Everything it needs arrives in the job, so the result depends only on the job and the code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../lib/content-error.ts';
import { jobFormat, renderPrintPages, renderShareSvg, withFoldGuides, type MaterialJob } from '../engine.ts';
import { SHARE_FORMATS } from '../formats.ts';
import { plannedFiles, type OutputFile, type PlannedFile } from '../output-files.ts';
import { materialPdf } from '../pdf/material-pdf.ts';
import { setupRenderer } from './setup.ts';
import { preview, printPng, screenPng } from './outputs.ts';

export interface JobResult {
  files: OutputFile[];
}

export async function renderMaterial(job: MaterialJob, dir: string, root = process.cwd()): Promise<JobResult> {
  const fonts = await setupRenderer(root);
  const rendered = await renderPrintPages(job, fonts);
  if (!rendered.value) throw new ContentError(rendered.problems);
  const pages = rendered.value;
  const format = jobFormat(job);
  const make: Record<PlannedFile['kind'], (file: PlannedFile) => Promise<Uint8Array>> = {
    preview: (file) =>
      preview(
        pages.map((page) => ({
          svg: withFoldGuides(page),
          layoutWidth: page.width,
          layoutHeight: page.height,
        })),
        file.width!,
      ),
    pdf: () => materialPdf(job, pages, fonts, false),
    'pdf-bleed': () => materialPdf(job, pages, fonts, true),
    png: (file) => printPng(pages[file.page!]!.svg, format, file.width!, file.height!),
    share: async (file) => screenPng(await renderShareSvg(job, SHARE_FORMATS[file.share!], fonts), file.width!, file.height!),
  };
  mkdirSync(dir, { recursive: true });
  const files: OutputFile[] = [];
  for (const file of plannedFiles(job.slug, format)) {
    const start = performance.now();
    const data = await make[file.kind](file);
    writeFileSync(path.join(dir, file.file), data);
    files.push({ ...file, bytes: data.length, ms: Math.round(performance.now() - start) });
  }
  return { files };
}
