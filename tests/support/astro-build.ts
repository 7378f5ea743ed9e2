/** Runs `astro build` in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Vitest puts Vite's env (BASE_URL, MODE, NODE_ENV=test…) into process.env; Astro would read
 * them as its own, e.g. BASE_URL overriding the configured base. Build with a clean env.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * One build at a time across test workers: every build of this project writes the same
 * .astro/ content modules, so fixture builds running side by side (bad-content and toolkit
 * content errors) read each other's entries. A lock directory older than 10 min is stale.
 */
const LOCK = path.join(ROOT, '.cache/astro-build.lock');

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 10 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Astro keeps collected content in node_modules/.astro between builds; after a fixture build
 * (another CONTENT_DIR, since deleted) it would still list the fixture's entries. Start clean.
 */
const CONTENT_STORE = path.join(ROOT, 'node_modules/.astro/data-store.json');

export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  return withBuildLock(() => {
    rmSync(CONTENT_STORE, { force: true });
    return runBuild(env);
  });
}

function runBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no', 'astro', 'build'], {
      cwd: ROOT,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
