/**
 * Renders a batch of materials through the worker pool, reusing cached outputs
 * (.cache/materials/<hash>/). Writes a timing log (.cache/materials/last-build.json) that
 * `npm run bench` reads.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { MaterialJob } from '../engine.ts';
import type { OutputFile } from '../output-files.ts';
import { cacheDir, contentHash, readCached, writeCached } from './cache.ts';
import { createPool } from './pool.ts';
import type { JobResult } from './job.ts';

export interface RenderedMaterial {
  slug: string;
  /** Folder holding the files. */
  dir: string;
  files: OutputFile[];
  cached: boolean;
}

export async function renderJobs(jobs: MaterialJob[], root: string): Promise<RenderedMaterial[]> {
  const pool = createPool(root);
  const started = performance.now();
  try {
    const out = await Promise.all(
      jobs.map(async (job): Promise<RenderedMaterial> => {
        const dir = cacheDir(root, 'materials', contentHash(root, job));
        const resultFile = path.join(dir, 'result.json');
        const cached = readCached<JobResult>(resultFile);
        if (cached) return { slug: job.slug, dir, files: cached.files, cached: true };
        mkdirSync(dir, { recursive: true });
        const result = await pool.run<JobResult>({ kind: 'material', job, dir });
        writeCached(resultFile, result);
        return { slug: job.slug, dir, files: result.files, cached: false };
      }),
    );
    writeCached(cacheDir(root, 'materials', 'last-build.json'), {
      ms: Math.round(performance.now() - started),
      materials: out.map((m) => ({
        slug: m.slug,
        cached: m.cached,
        files: m.files.map((f) => ({ kind: f.kind, file: f.file, ms: f.ms, bytes: f.bytes })),
      })),
    });
    return out;
  } finally {
    pool.close();
  }
}
