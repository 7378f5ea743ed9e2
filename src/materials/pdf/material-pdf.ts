/** A material's PDF, built the same way by the build and the browser: exact size or with bleed and marks. */
import { jobFormat, jobTheme, pdfPages, type MaterialJob, type PrintPage } from '../engine.ts';
import type { FontInput } from '../render/satori-render.ts';
import { printPdf } from './print-pdf.ts';

/** Author: the school a personalised material is made for, else the site. */
export async function materialPdf(job: MaterialJob, pages: PrintPage[], fonts: FontInput[], bleed: boolean): Promise<Uint8Array> {
  return printPdf(await pdfPages(pages, fonts), jobFormat(job), {
    bleed,
    background: jobTheme(job).background,
    title: job.title,
    author: job.school?.ten ?? job.siteName,
  });
}
