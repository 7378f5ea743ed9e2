import path from 'node:path';

/** A file as editors see it in messages: project-relative with forward slashes ("content/van-ban/x.md"). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
