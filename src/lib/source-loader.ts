/**
 * Content-layer loader for the verbatim source texts in content/nguon/*.txt.
 * Text is normalised to NFC at load; the provenance header travels with the body.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { splitSourceFile } from './legal-text';
import { toNfc } from './vietnamese';

export async function loadSourceTexts(dir: string, context: LoaderContext): Promise<void> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
  context.store.clear();
  for (const file of files) {
    const filePath = path.join(dir, file);
    const { header, body } = splitSourceFile(toNfc(await readFile(filePath, 'utf8')));
    const id = file.replace(/\.txt$/, '');
    const data = await context.parseData({ id, data: { header, body, file: filePath } });
    // Astro wants store paths relative to the project root.
    context.store.set({ id, data, filePath: path.relative(process.cwd(), filePath) });
  }
}
