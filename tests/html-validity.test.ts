/**
 * Every built page is valid HTML for the Nu HTML Checker (vnu-jar, Java). One JVM checks all pages
 * in one run: starting Java is the slow part. Only errors count; vnu's "info" notes (e.g. a role
 * that repeats the element's own) are advice. Stylesheets are separate files, so vnu sees no CSS.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { htmlFiles } from '../src/lib/build-check/site-files';
import { DIST } from './support/paths';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url: string;
  lastLine?: number;
  message: string;
}

it('finds no HTML error on any page of the build', () => {
  const vnu = String(createRequire(import.meta.url)('vnu-jar'));
  const pages = htmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(70);
  const run = spawnSync('java', ['-jar', vnu, '--format', 'json', '--skip-non-html', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
  const { messages } = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type !== 'info')
    .map((m) => `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
});
