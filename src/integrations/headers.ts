/** Writes `_headers` (Netlify, Cloudflare Pages) into the build, from src/lib/security-headers.ts. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/security-headers';

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
