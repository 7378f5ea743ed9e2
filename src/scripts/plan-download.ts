/** Loaded only after a valid submit: the docx library is the heavy part of the generator. */
import { Packer } from 'docx';
import type { PlanInput, PlanTemplate } from '../lib/plan';
import { buildAdminDocument } from '../lib/plan-document';
import { toDocx } from '../lib/plan-docx';

export async function createDocx(input: PlanInput, template: PlanTemplate): Promise<{ blob: Blob; fileName: string }> {
  const doc = buildAdminDocument(input, template);
  return { blob: await Packer.toBlob(toDocx(doc)), fileName: doc.fileName };
}
