/**
 * Where a page's generated Open Graph image lives. The file name is a hash of what the image
 * shows and of the renderer code, so a changed page gets a new URL and Zalo fetches it again.
 */
import { SITE_NAME } from '../lib/site';
import { contentHash } from './render/cache.ts';

export function ogImagePath(title: string, label: string): string {
  const root = process.env.MATERIALS_ROOT ?? process.cwd();
  return `og/${contentHash(root, { title, label, site: SITE_NAME })}.png`;
}
