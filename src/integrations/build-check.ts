/**
 * Runs the checks of the finished build (src/lib/build-check/) at the end of every `astro build`:
 * a misquoted legal text or a dead link fails the build instead of being published.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuild } from '../lib/build-check';
import { contentDir } from '../lib/collections';
import { ContentError } from '../lib/content-error';

export function buildCheck(): AstroIntegration {
  let options: { contentRoot: string; base: string; siteOrigin: string } | undefined;
  return {
    name: 'build-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        options = {
          contentRoot: path.resolve(fileURLToPath(config.root), contentDir()),
          base: config.base.endsWith('/') ? config.base : `${config.base}/`,
          siteOrigin: new URL(config.site ?? 'http://localhost').origin,
        };
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkBuild({ ...options!, dist: fileURLToPath(dir) });
        if (problems.length > 0) {
          const error = new ContentError(problems);
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        logger.info('trích dẫn đúng nguyên văn, mọi liên kết và mục neo đều có thật');
      },
    },
  };
}
