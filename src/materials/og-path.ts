/**
 * Where a page's generated Open Graph image lives. The file name is a hash of what the image
 * shows and of the renderer code, so a changed page gets a new URL and Zalo fetches it again.
 */
import { renderSetup } from 'virtual:material-rendering';
import { SITE_NAME } from '../lib/site';
import { contentHash } from './render/cache.ts';

export function ogImagePath(title: string, label: string): string {
  return `og/${contentHash(renderSetup.root, { title, label, site: SITE_NAME })}.png`;
}
