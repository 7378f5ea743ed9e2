/** Runs `astro build` in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Vitest puts Vite's env (BASE_URL=/, MODE=test, DEV=1, SSR, PROD, NODE_ENV=test) into process.env;
 * a child build inherits them and Astro lets BASE_URL override the configured base, so a
 * sub-folder build silently came out at "/". Build with the user's environment instead.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of VITEST_ENV) delete clean[name];
  return { ...clean, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no', 'astro', 'build'], { cwd: ROOT, env: buildEnv(env) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
