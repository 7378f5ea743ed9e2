/**
 * URL helpers bound to this build's base path and site URL (astro.config). The site URL comes
 * from SITE_URL and may be absent: then nothing that needs an absolute address is made up.
 */
import { absoluteUrl, joinBase } from '../lib/site';

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** Absolute URL of a site path, or undefined when the build has no SITE_URL. */
export const absolute = (path: string): string | undefined =>
  import.meta.env.SITE ? absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path) : undefined;
