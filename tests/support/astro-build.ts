/** Runs `astro build` in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

export function astroBuild(env: Record<string, string>): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no', 'astro', 'build'], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
