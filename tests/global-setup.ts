/**
 * Builds the real site (dist/), a sub-folder build and a default build (no SITE_URL, as
 * `npm start` does; its output is kept for the tests) once per test run. SKIP_BUILD=1 reuses a
 * build while iterating on tests, but only if it was made from the current files (build-stamp.ts):
 * a stale build is rebuilt, never tested.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { astroBuild } from './support/astro-build';
import { inputFingerprint, isFresh, stamp } from './support/build-stamp';
import { BASE_PATH, DIST, DIST_BASE, DIST_DEFAULT, DIST_DEFAULT_LOG, TEST_SITE_URL } from './support/paths';

export default async function setup(): Promise<void> {
  const builds: { env: Record<string, string>; log?: string }[] = [
    { env: { OUT_DIR: DIST, SITE_URL: TEST_SITE_URL } },
    { env: { OUT_DIR: DIST_BASE, SITE_URL: TEST_SITE_URL, BASE_PATH } },
    { env: { OUT_DIR: DIST_DEFAULT, SITE_URL: '', BASE_PATH: '' }, log: DIST_DEFAULT_LOG },
  ];
  // Sequential: the builds share Astro's content cache.
  for (const { env, log } of builds) {
    const fingerprint = inputFingerprint(env);
    if (process.env.SKIP_BUILD === '1') {
      if (isFresh(env.OUT_DIR!, fingerprint) && (!log || existsSync(log))) continue;
      console.log(`SKIP_BUILD=1: ${env.OUT_DIR} is missing or older than the sources, building it again.`);
    }
    const result = await astroBuild(env);
    if (result.code !== 0) throw new Error(`astro build failed (${JSON.stringify(env)}):\n${result.output}`);
    if (log) writeFileSync(log, result.output);
    stamp(env.OUT_DIR!, fingerprint);
  }
}
