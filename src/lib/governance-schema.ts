/**
 * Who does what for gender equality in schools as it applies now (content/so-do/*.yaml): levels
 * from the centre down to the school, each body with its task and the sources it rests on, and
 * the update notices (content/ghi-chu/) that tell what changed. Editors update it when the
 * organisation changes; it carries the date it applies from and the day it was checked, and says
 * when its sources are secondary.
 */
import { z } from 'astro/zod';
import { slug, updateRef, viDate, viText } from './content-schema';

const sourceIds = () => z.array(slug()).default([]);

export const governanceSchema = z.strictObject({
  tieuDe: viText(),
  /** dd/mm/yyyy from which this organisation applies, e.g. 01/07/2025. */
  apDungTu: viDate(),
  ngayKiemTra: viDate(),
  /** Shown with the chain: how far its sources go (e.g. secondary, not checked against the official text). */
  ghiChu: viText(),
  cap: z
    .array(
      z.strictObject({
        ten: viText(),
        coQuan: z
          .array(
            z.strictObject({
              ten: viText(),
              /** Its part in this work, in the project's words. */
              viec: viText().optional(),
              nguon: sourceIds(),
            }),
          )
          .min(1, 'mỗi cấp cần ít nhất một cơ quan'),
      }),
    )
    .min(2, 'chuỗi cần ít nhất hai cấp'),
  /** The update notices that tell what changed (what no longer exists), shown with the chain. */
  capNhat: z.array(updateRef()).default([]),
  nguon: z
    .array(
      z.strictObject({
        /** Short id the levels refer to, e.g. "cv-1581-bgddt-2025". */
        id: slug(),
        ten: viText(),
        /** Where the project read it, e.g. a newspaper. */
        noiDang: viText(),
        url: z.url().optional(),
        /** True when read in a secondary source (news, summaries), not the official text. */
        thuCap: z.boolean(),
      }),
    )
    .min(1, 'cần ít nhất một nguồn'),
});

export type Governance = z.infer<typeof governanceSchema>;

/** Source ids referred to but not listed under `nguon`, with the field that refers to each. */
export function unknownSources(chain: Governance): { field: string; id: string }[] {
  const known = new Set(chain.nguon.map((source) => source.id));
  const refs = chain.cap.flatMap((level, i) =>
    level.coQuan.flatMap((body, j) => body.nguon.map((id) => ({ field: `cap[${i}].coQuan[${j}].nguon`, id }))),
  );
  return refs.filter((ref) => !known.has(ref.id));
}
