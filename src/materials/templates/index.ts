/** Registry of print templates. Content names a template by id (`mau`); unknown ids fail the build. */
import { posterHeadline } from './poster-headline.ts';
import { posterIllustrated } from './poster-illustrated.ts';
import { posterList } from './poster-list.ts';
import { standee } from './standee.ts';
import { trifold } from './trifold.ts';
import { wide } from './wide.ts';
import type { PrintTemplate } from './types.ts';

export const TEMPLATES: Record<string, PrintTemplate> = Object.fromEntries(
  [posterHeadline, posterIllustrated, posterList, wide, standee, trifold].map((t) => [t.id, t]),
);

export { share } from './share.ts';
export { THEMES } from './themes.ts';
export { sceneForTopics, type SceneId } from './pictograms.ts';
