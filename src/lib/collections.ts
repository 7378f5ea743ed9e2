/**
 * The content collections of content/: folder, file kinds and schema of each. One table, read by
 * src/content.config.ts (Astro's loaders) and by the content check (src/lib/content-check/), so the
 * check validates exactly what the site loads.
 */
import type { z } from 'astro/zod';
import { documentSchema, explainerSchema, glossarySchema, noteSchema, questionSchema } from './content-schema';
import { materialSchema } from './material-schema';
import { calendarEventSchema, modelPlanSchema, taskSchema } from './toolkit-schema';
import { planTemplateSchema } from './plan-template-schema';
import { siteSettingsSchema } from './site-settings-schema';
import { governanceSchema } from './governance-schema';

export interface CollectionSpec {
  /** Folder under content/. */
  folder: string;
  /** File extensions the loader reads, without the dot. */
  extensions: readonly string[];
  /** Markdown/MDX files carry their data as frontmatter; YAML files are all data. */
  format: 'frontmatter' | 'yaml';
  schema: z.ZodType;
  /** True when the schema has a `slug` field, which must equal the file name. */
  hasSlugField?: boolean;
}

const markdown = { extensions: ['md', 'mdx'], format: 'frontmatter' } as const;
const yamlData = { extensions: ['yaml', 'yml'], format: 'yaml' } as const;

export const COLLECTIONS = {
  vanBan: { folder: 'van-ban', ...markdown, schema: documentSchema, hasSlugField: true },
  ghiChu: { folder: 'ghi-chu', ...markdown, schema: noteSchema },
  huongDan: { folder: 'huong-dan', ...markdown, schema: explainerSchema },
  thuatNgu: { folder: 'thuat-ngu', ...yamlData, schema: glossarySchema },
  hoiDap: { folder: 'hoi-dap', ...markdown, schema: questionSchema },
  viecCanLam: { folder: 'viec-can-lam', ...yamlData, schema: taskSchema },
  lich: { folder: 'lich', ...yamlData, schema: calendarEventSchema },
  keHoachMau: { folder: 'ke-hoach-mau', ...yamlData, schema: modelPlanSchema },
  mauVanBan: { folder: 'mau-van-ban', ...yamlData, schema: planTemplateSchema },
  anPham: { folder: 'an-pham', ...yamlData, schema: materialSchema, hasSlugField: true },
  caiDat: { folder: 'cai-dat', ...yamlData, schema: siteSettingsSchema },
  soDo: { folder: 'so-do', ...yamlData, schema: governanceSchema },
} as const satisfies Record<string, CollectionSpec>;

/** Verbatim source texts (content/nguon/*.txt): a provenance header, a "=====" rule, the text. */
export const SOURCE_FOLDER = 'nguon';

/** The content folder: CONTENT_DIR lets tests build or check a fixture tree. */
export const contentDir = (): string => process.env.CONTENT_DIR ?? './content';

/** Glob pattern of a collection's files, e.g. "*.{md,mdx}". */
export const filePattern = (spec: CollectionSpec): string => `*.{${spec.extensions.join(',')}}`;
