/**
 * Builds the real site (dist/) and a sub-folder build once per test run. SKIP_BUILD=1 reuses a
 * build while iterating on tests, but only if it was made from the current files (build-stamp.ts):
 * a stale build is rebuilt, never tested.
 */
import { astroBuild } from './support/astro-build';
import { inputFingerprint, isFresh, stamp } from './support/build-stamp';
import { BASE_PATH, DIST, DIST_BASE, TEST_SITE_URL } from './support/paths';

export default async function setup(): Promise<void> {
  const builds: Record<string, string>[] = [
    { OUT_DIR: DIST, SITE_URL: TEST_SITE_URL },
    { OUT_DIR: DIST_BASE, SITE_URL: TEST_SITE_URL, BASE_PATH },
  ];
  // Sequential: both builds share Astro's content cache.
  for (const env of builds) {
    const fingerprint = inputFingerprint(env);
    if (process.env.SKIP_BUILD === '1') {
      if (isFresh(env.OUT_DIR!, fingerprint)) continue;
      console.log(`SKIP_BUILD=1: ${env.OUT_DIR} is missing or older than the sources, building it again.`);
    }
    const result = await astroBuild(env);
    if (result.code !== 0) throw new Error(`astro build failed (${JSON.stringify(env)}):\n${result.output}`);
    stamp(env.OUT_DIR!, fingerprint);
  }
}
