import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentSchema, explainerSchema, glossarySchema, questionSchema } from './lib/content-schema';
import { loadSourceTexts } from './lib/source-loader';
import { calendarEventSchema, modelPlanSchema, taskSchema, toolkitNotesSchema } from './lib/toolkit-schema';
import { materialSchema } from './lib/material-schema';
import { planTemplateSchema } from './lib/plan-template-schema';

/** CONTENT_DIR lets tests build the site from a fixture tree (broken-content cases). */
const root = process.env.CONTENT_DIR ?? './content';

/** Entry ids are file names: Astro would otherwise take the `slug` field and let a duplicate overwrite silently. */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.[^.]+$/, '');

const vanBan = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/van-ban`, generateId: idFromFileName }),
  schema: documentSchema,
});

const nguon = defineCollection({
  loader: { name: 'source-texts', load: (context) => loadSourceTexts(`${root}/nguon`, context) },
  schema: z.object({ header: z.string(), body: z.string(), file: z.string() }),
});

const huongDan = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/huong-dan`, generateId: idFromFileName }),
  schema: explainerSchema,
});

const thuatNgu = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/thuat-ngu`, generateId: idFromFileName }),
  schema: glossarySchema,
});

const hoiDap = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/hoi-dap`, generateId: idFromFileName }),
  schema: questionSchema,
});

const viecCanLam = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/viec-can-lam`, generateId: idFromFileName }),
  schema: taskSchema,
});

const lich = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/lich`, generateId: idFromFileName }),
  schema: calendarEventSchema,
});

const keHoachMau = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/ke-hoach-mau`, generateId: idFromFileName }),
  schema: modelPlanSchema,
});

const congCu = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/cong-cu`, generateId: idFromFileName }),
  schema: toolkitNotesSchema,
});

const mauVanBan = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/mau-van-ban`, generateId: idFromFileName }),
  schema: planTemplateSchema,
});

const anPham = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/an-pham`, generateId: idFromFileName }),
  schema: materialSchema,
});

export const collections = { vanBan, nguon, huongDan, thuatNgu, hoiDap, viecCanLam, lich, keHoachMau, congCu, mauVanBan, anPham };
