/** Runs `astro build` in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

/** Variables vitest sets for its own Vite; inherited, BASE_URL="/" overrides Astro's base path. */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no', 'astro', 'build'], {
      cwd: ROOT,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
