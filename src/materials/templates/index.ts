/** Registry of print templates. Content names a template by id; unknown ids fail the build. */
import { poster } from './poster.ts';
import { standee } from './standee.ts';
import { trifold } from './trifold.ts';
import { wide } from './wide.ts';
import type { PrintTemplate } from './types.ts';

export const TEMPLATES: Record<string, PrintTemplate> = Object.fromEntries([poster, wide, standee, trifold].map((t) => [t.id, t]));

export { share } from './share.ts';
export { THEMES } from './themes.ts';
