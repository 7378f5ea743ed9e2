/**
 * `astro dev` serves the material files (PDF, preview) as the build does — rendered on request —
 * and writes nothing into the build output while it runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cleanEnv } from './support/astro-build';
import { ROOT } from './support/paths';

const OUT_DIR = path.join(ROOT, '.cache/dist-dev-must-stay-empty');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let dev: ChildProcess | undefined;
afterAll(() => {
  // The server runs in its own process group (npx and the astro process under it): end them all.
  if (dev?.pid) process.kill(-dev.pid);
});

it('serves material files in dev, rendering on request, and writes nothing into the build output', async () => {
  const port = await freePort();
  dev = spawn('npx', ['--no', 'astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...cleanEnv(), OUT_DIR, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: '' },
    detached: true,
  });
  let output = '';
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  let page = '';
  for (let tries = 0; tries < 120 && !page; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    page = await fetch(`${origin}/an-pham/thang-hanh-dong-bang-ron/`)
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
  }
  const pdf = /href="([^"]+\.pdf)"/.exec(page)?.[1];
  const preview = /src="([^"]+-xem-truoc\.jpg)"/.exec(page)?.[1];
  expect(page, output).not.toBe('');
  expect(pdf).toMatch(/^\/an-pham\/thang-hanh-dong-bang-ron\/tep-[0-9a-f]{8}\/thang-hanh-dong-bang-ron-bang-ron-500x80\.pdf$/);
  const file = await fetch(origin + pdf);
  expect(file.headers.get('content-type')).toBe('application/pdf');
  expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  expect((await fetch(origin + preview)).headers.get('content-type')).toBe('image/jpeg');
  expect(existsSync(OUT_DIR)).toBe(false);
}, 240_000);
