/**
 * Materials benchmark: cold build (empty render cache) vs warm build, peak memory, the
 * milliseconds each output format of each material took in the cold build, and the
 * personalisation in the browser (school-materials.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measureSchoolMaterials } from './school-materials.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.cache/bench-dist');

/** Builds the site; returns wall time and the peak RSS of the largest process (GNU time). */
function build() {
  const start = performance.now();
  const useTime = existsSync('/usr/bin/time');
  const args = ['npx', '--no', 'astro', 'build'];
  const result = spawnSync(useTime ? '/usr/bin/time' : args[0], useTime ? ['-f', 'PEAK_KB=%M', ...args] : args.slice(1), {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL || 'https://truong.example.edu.vn' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  return { ms: Math.round(performance.now() - start), peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

export async function run() {
  rmSync(path.join(ROOT, '.cache/materials'), { recursive: true, force: true });
  rmSync(path.join(ROOT, '.cache/og'), { recursive: true, force: true });
  const cold = build();
  const log = JSON.parse(readFileSync(path.join(ROOT, '.cache/materials/last-build.json'), 'utf8'));
  const warm = build();
  const warmLog = JSON.parse(readFileSync(path.join(ROOT, '.cache/materials/last-build.json'), 'utf8'));

  console.log('\n## Ấn phẩm (materials)');
  console.log(`cold build: ${cold.ms} ms (render of materials: ${log.ms} ms), peak RSS ${cold.peakMb ?? '?'} MB`);
  console.log(
    `warm build: ${warm.ms} ms (render of materials: ${warmLog.ms} ms, ${warmLog.materials.filter((m) => m.cached).length}/${warmLog.materials.length} from cache), peak RSS ${warm.peakMb ?? '?'} MB`,
  );
  const kinds = ['preview', 'pdf', 'pdf-bleed', 'png', 'share'];
  console.log(['material', ...kinds, 'total'].join('\t'));
  for (const m of log.materials) {
    const byKind = Object.fromEntries(kinds.map((k) => [k, m.files.filter((f) => f.kind === k).reduce((s, f) => s + f.ms, 0)]));
    const total = m.files.reduce((s, f) => s + f.ms, 0);
    console.log([m.slug, ...kinds.map((k) => (m.files.some((f) => f.kind === k) ? byKind[k] : '-')), total].join('\t'));
  }
  await measureSchoolMaterials(OUT);
  rmSync(OUT, { recursive: true, force: true });
}
