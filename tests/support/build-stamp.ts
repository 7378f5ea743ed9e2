/**
 * A fingerprint of everything a build is made from (src/, content/, public/, config, lockfile) and
 * the build's settings, stored beside the test builds, so SKIP_BUILD=1 reuses a build only when it
 * was made from exactly the files there now.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/build-check/site-files';
import { ROOT } from './paths';

const INPUTS = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMPS = path.join(ROOT, '.cache/build-stamps');

export function inputFingerprint(settings: Record<string, string>, root = ROOT): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const input of INPUTS) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    const files = input.includes('.') ? [full] : listFiles(full, '');
    for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

const stampFile = (outDir: string) => path.join(STAMPS, `${path.relative(ROOT, outDir).replace(/[^a-z0-9]+/gi, '-')}.txt`);

/** True when `outDir` holds a build of the current inputs with these settings. */
export function isFresh(outDir: string, fingerprint: string): boolean {
  return existsSync(outDir) && existsSync(stampFile(outDir)) && readFileSync(stampFile(outDir), 'utf8') === fingerprint;
}

export function stamp(outDir: string, fingerprint: string): void {
  mkdirSync(STAMPS, { recursive: true });
  writeFileSync(stampFile(outDir), fingerprint);
}
