/**
 * A throw-away copy of the project for builds of broken content. Each copy has its own root, so
 * Astro's generated `.astro/` files and content cache never mix with the real build's (a shared
 * `.astro/content-modules.mjs` pointing at deleted fixture files breaks the next real build).
 * Packages resolve from the real node_modules because the copy lives inside the project.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, scriptBuild, type BuildResult } from './astro-build';
import { ROOT } from './paths';

const PROJECT_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];

export interface FixtureSite {
  root: string;
  content: string;
  build(env?: Record<string, string>): Promise<BuildResult & { dist: string }>;
  /** Builds like `npm run build`: staged, dist/ replaced only on success. */
  buildStaged(env?: Record<string, string>): Promise<BuildResult & { dist: string }>;
  remove(): void;
}

export function copySite(name: string): FixtureSite {
  const parent = path.join(ROOT, '.cache/fixtures');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, `${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}-`));
  for (const entry of PROJECT_FILES) cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  const content = path.join(root, 'content');
  const dist = path.join(root, 'dist');
  // The render cache is content-hashed, so sharing the real one only skips identical work.
  const buildEnv = { CONTENT_DIR: content, OUT_DIR: dist, RENDER_CACHE_DIR: path.join(ROOT, '.cache') };
  return {
    root,
    content,
    build: async (env = {}) => ({ ...(await astroBuild({ ...buildEnv, ...env }, root)), dist }),
    buildStaged: async (env = {}) => ({ ...(await scriptBuild({ ...buildEnv, ...env }, root)), dist }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
