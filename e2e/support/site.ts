/** One browser and one static server of the built site per test file, opened before and closed after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist, type StaticServer } from '../../tests/support/server';
import { DIST } from '../../tests/support/paths';
import { launchBrowser } from './browser';

export interface SiteUnderTest {
  browser: Browser;
  server: StaticServer;
}

export function useSite(dist = DIST, base = '/'): SiteUnderTest {
  const site = {} as SiteUnderTest;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), serveDist(dist, base)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
