/**
 * A throw-away copy of content/ for the content check: copy, break a file the way an editor might,
 * check in milliseconds without a site build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ROOT } from './paths';

export interface ContentCopy {
  root: string;
  path(file: string): string;
  /** Rewrites a file; fails when the change did not apply (the fixture would prove nothing). */
  edit(file: string, change: (text: string) => string): void;
  write(file: string, content: string | Uint8Array): void;
}

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function copyContent(): ContentCopy {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'content-check-')), 'content');
  copies.push(path.dirname(root));
  cpSync(path.join(ROOT, 'content'), root, { recursive: true });
  const full = (file: string) => path.join(root, file);
  return {
    root,
    path: full,
    edit(file, change) {
      const before = readFileSync(full(file), 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture did not change ${file}`);
      writeFileSync(full(file), after);
    },
    write: (file, content) => writeFileSync(full(file), content),
  };
}
