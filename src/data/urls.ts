/** URL helpers bound to this build's base path and site URL (astro.config). */
import { absoluteUrl, joinBase } from '../lib/site';

export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const absolute = (path: string): string => absoluteUrl(import.meta.env.SITE, import.meta.env.BASE_URL, path);
