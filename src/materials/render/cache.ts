/**
 * Content-hash cache: a job's outputs live in .cache/materials/<hash>/ where the hash covers the
 * job (texts, size, template, theme, page URL) and the renderer's own code and library versions.
 * Unchanged materials are copied, not rendered again, on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageDir } from './package-dir.ts';

let version: string | undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
    });
}

/** Hash of the renderer code, fonts and library versions. */
export function rendererVersion(root: string): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of sourceFiles(path.join(root, 'src/materials'))) hash.update(readFileSync(file));
  for (const pkg of ['satori', 'sharp', 'pdfkit', 'svg-to-pdfkit', 'qrcode', '@fontsource/be-vietnam-pro']) {
    hash.update(readFileSync(path.join(packageDir(root, pkg), 'package.json')));
  }
  version = hash.digest('hex');
  return version;
}

export function contentHash(root: string, value: unknown): string {
  return createHash('sha256').update(rendererVersion(root)).update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** RENDER_CACHE_DIR lets throw-away copies of the project (test fixtures) share the real cache. */
export const cacheDir = (root: string, ...parts: string[]) =>
  path.join(process.env.RENDER_CACHE_DIR ?? path.join(root, '.cache'), ...parts);

export function readCached<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

export function writeCached(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 1));
}
