/**
 * Builds the real site (dist/), a sub-folder build and a default build (no SITE_URL, as
 * `npm start` does) once per test run. SKIP_BUILD=1 reuses existing builds while iterating on tests.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { astroBuild } from './support/astro-build';
import { BASE_PATH, DIST, DIST_BASE, DIST_DEFAULT, DIST_DEFAULT_LOG, TEST_SITE_URL } from './support/paths';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && [DIST, DIST_BASE, DIST_DEFAULT].every(existsSync)) return;
  const builds: { env: Record<string, string>; log?: string }[] = [
    { env: { OUT_DIR: DIST, SITE_URL: TEST_SITE_URL } },
    { env: { OUT_DIR: DIST_BASE, SITE_URL: TEST_SITE_URL, BASE_PATH } },
    { env: { OUT_DIR: DIST_DEFAULT, SITE_URL: '', BASE_PATH: '' }, log: DIST_DEFAULT_LOG },
  ];
  // Sequential: the builds share Astro's content cache.
  for (const { env, log } of builds) {
    const result = await astroBuild(env);
    if (result.code !== 0) throw new Error(`astro build failed (${JSON.stringify(env)}):\n${result.output}`);
    if (log) writeFileSync(log, result.output);
  }
}
