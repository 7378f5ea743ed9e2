/** Loaded only after a valid submit: the docx library is the heavy part of the generator. */
import { Packer } from 'docx';
import { buildAdminDocument, type PlanInput, type PlanTemplate } from '../lib/plan';
import { toDocx } from '../lib/plan-docx';

export async function createDocx(input: PlanInput, template: PlanTemplate): Promise<{ blob: Blob; fileName: string }> {
  const doc = buildAdminDocument(input, template);
  return { blob: await Packer.toBlob(toDocx(doc)), fileName: doc.fileName };
}
