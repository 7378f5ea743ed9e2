import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { documentSchema, explainerSchema, glossarySchema, questionSchema } from './lib/content-schema';
import { loadSourceTexts } from './lib/source-loader';
import { materialSchema } from './lib/material-schema';

/** CONTENT_DIR lets tests build the site from a fixture tree (broken-content cases). */
const root = process.env.CONTENT_DIR ?? './content';

const vanBan = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/van-ban` }),
  schema: documentSchema,
});

const nguon = defineCollection({
  loader: { name: 'source-texts', load: (context) => loadSourceTexts(`${root}/nguon`, context) },
  schema: z.object({ header: z.string(), body: z.string(), file: z.string() }),
});

const huongDan = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/huong-dan` }),
  schema: explainerSchema,
});

const thuatNgu = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/thuat-ngu` }),
  schema: glossarySchema,
});

const hoiDap = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/hoi-dap` }),
  schema: questionSchema,
});

const anPham = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/an-pham` }),
  schema: materialSchema,
});

export const collections = { vanBan, nguon, huongDan, thuatNgu, hoiDap, anPham };
