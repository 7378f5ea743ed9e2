/**
 * Builds the real site (dist/) and a sub-folder build once per test run.
 * SKIP_BUILD=1 reuses existing builds while iterating on tests.
 */
import { existsSync } from 'node:fs';
import { astroBuild } from './support/astro-build';
import { BASE_PATH, DIST, DIST_BASE, TEST_SITE_URL } from './support/paths';

export default async function setup(): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(DIST) && existsSync(DIST_BASE)) return;
  const builds: Record<string, string>[] = [
    { OUT_DIR: DIST, SITE_URL: TEST_SITE_URL },
    { OUT_DIR: DIST_BASE, SITE_URL: TEST_SITE_URL, BASE_PATH },
  ];
  // Sequential: both builds share Astro's content cache.
  for (const env of builds) {
    const result = await astroBuild(env);
    if (result.code !== 0) throw new Error(`astro build failed (${JSON.stringify(env)}):\n${result.output}`);
  }
}
