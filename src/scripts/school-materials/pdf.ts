/** Loaded at the first PDF download: pdfkit and svg-to-pdfkit are not needed for the preview. */
import type { MaterialJob, PrintPage } from '../../materials/engine';
import { materialPdf } from '../../materials/pdf/material-pdf';
import type { FontInput } from '../../materials/render/satori-render';

export async function pdfBlob(job: MaterialJob, pages: PrintPage[], fonts: FontInput[], bleed: boolean): Promise<Blob> {
  return new Blob([(await materialPdf(job, pages, fonts, bleed)) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
