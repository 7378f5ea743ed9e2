/**
 * Folder of an installed package, found the way Node looks for node_modules: from the project
 * root upwards. (require.resolve('x/package.json') fails for packages whose "exports" hide it.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function packageDir(root: string, name: string): string {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`package ${name} is not installed (looked upwards from ${root})`);
  }
}
