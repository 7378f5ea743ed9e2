/**
 * Renders a set of materials through the worker pool, reusing cached outputs. Writes a timing
 * log (.cache/materials/last-build.json) that `npm run bench` reads.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentHash, readCached, writeCached } from './cache.ts';
import { RenderFailure, createPool } from './pool.ts';
import type { JobResult, MaterialJob } from './job.ts';

export interface RenderedMaterial {
  slug: string;
  hash: string;
  dir: string;
  result: JobResult;
  cached: boolean;
}

export async function renderAll(jobs: MaterialJob[], root: string): Promise<RenderedMaterial[]> {
  const pool = createPool(root);
  const started = performance.now();
  try {
    const out = await Promise.all(
      jobs.map(async (job): Promise<RenderedMaterial> => {
        const hash = contentHash(root, job);
        const dir = cacheDir(root, 'materials', hash);
        const resultFile = path.join(dir, 'result.json');
        const cached = readCached<JobResult>(resultFile);
        if (cached) return { slug: job.slug, hash, dir, result: cached, cached: true };
        mkdirSync(dir, { recursive: true });
        const result = await pool.run<JobResult>({ kind: 'material', job, dir }).catch((error: unknown) => {
          throw error instanceof RenderFailure ? new RenderFailure({ ...error.info, slug: job.slug }) : error;
        });
        writeCached(resultFile, result);
        return { slug: job.slug, hash, dir, result, cached: false };
      }),
    );
    writeCached(cacheDir(root, 'materials', 'last-build.json'), {
      ms: Math.round(performance.now() - started),
      materials: out.map((m) => ({
        slug: m.slug,
        cached: m.cached,
        files: m.result.files.map((f) => ({ kind: f.kind, file: f.file, ms: f.ms, bytes: f.bytes })),
      })),
    });
    return out;
  } finally {
    pool.close();
  }
}
