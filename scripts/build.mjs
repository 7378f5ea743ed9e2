// `npm run build`: builds into a staging folder beside the output and swaps it in only when the whole
// build (content check, pages, materials, search index, quote and link checks) succeeded. A failed
// build leaves the previous dist/ exactly as it was, ready to be copied to the server again.
// Extra arguments go to `astro build` (e.g. --root for test fixtures); OUT_DIR chooses the output.
import { spawn } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const rootIndex = process.argv.indexOf('--root');
const projectRoot = path.resolve(rootIndex === -1 ? '.' : process.argv[rootIndex + 1]);
const outDir = path.resolve(projectRoot, process.env.OUT_DIR ?? 'dist');
const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging`);
const previous = path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`);

const astro = realpathSync(path.join(import.meta.dirname, '../node_modules/.bin/astro'));
rmSync(staging, { recursive: true, force: true });
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});
const code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));

if (code !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nLệnh dựng không thành công: ${path.relative(process.cwd(), outDir) || outDir}/ vẫn giữ nguyên bản dựng trước.`);
  process.exit(code);
}
// Two renames: the old build is out of the way for an instant only, never half-replaced.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
