/**
 * Runs the content check (src/lib/content-check/) before Astro loads any content, in `astro build`
 * and `astro dev` alike: broken content stops the command with every problem listed in Vietnamese,
 * before Astro's own English schema errors could appear. In dev, edits are re-checked as they are
 * saved and problems are printed in the terminal.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/collections';
import { checkContent } from '../lib/content-check';
import { ContentError } from '../lib/content-error';

export function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = path.resolve(fileURLToPath(config.root), contentDir());
        const problems = checkContent(root);
        if (problems.length > 0) {
          const error = new ContentError(problems);
          // The problems already say where: a stack trace into this file would only bury them.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        logger.info('nội dung hợp lệ');
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(root)) return;
          const problems = checkContent(root);
          if (problems.length > 0) logger.error(new ContentError(problems).message);
        });
      },
    },
  };
}
