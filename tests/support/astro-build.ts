/** Runs `astro build` or the build script in a child process (Node 24 from node_modules/.bin via npm's PATH). */
import { spawn } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

/**
 * Vitest puts Vite's env (BASE_URL, MODE, NODE_ENV=test…) into process.env; Astro would read
 * them as its own, e.g. BASE_URL overriding the configured base. Build with a clean env.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Builds the project, or a fixture copy of it when `root` is given (see fixture-site.ts). */
export function astroBuild(env: Record<string, string>, root?: string): Promise<BuildResult> {
  return run(['npx', '--no', 'astro', 'build'], env, root);
}

/** Builds like `npm run build` does: into a staging folder, swapped in only on success (scripts/build.mjs). */
export function scriptBuild(env: Record<string, string>, root: string): Promise<BuildResult> {
  return run(['node', 'scripts/build.mjs'], env, root);
}

function run([command, ...args]: string[], env: Record<string, string>, root?: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(command!, [...args, ...(root ? ['--root', root] : [])], {
      cwd: ROOT,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
