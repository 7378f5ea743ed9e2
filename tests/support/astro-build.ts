/** Runs `astro build` in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { ROOT } from './paths';

export interface BuildResult {
  code: number;
  output: string;
}

/** Vite variables vitest puts into process.env; a child build would take BASE_URL=/ over BASE_PATH. */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV.includes(key)));
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
