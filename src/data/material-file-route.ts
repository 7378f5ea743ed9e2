/**
 * The files of every material (PDFs, PNGs, preview, share images) as static endpoints, one route
 * per file extension (src/pages/an-pham/[slug]/tep-[hash]/[name].<ext>.ts): a route whose path
 * ends in an extension is served without a trailing slash. The build writes the files into
 * dist/; `astro dev` serves them on request, rendering only the material asked for.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getMaterials, renderedFiles, type Material } from './materials';

const TYPES = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg' } as const;

export function materialFileRoute(extension: keyof typeof TYPES): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const suffix = `.${extension}`;
  return {
    getStaticPaths: async () =>
      (await getMaterials()).flatMap((material) =>
        material.files
          .filter((file) => file.file.endsWith(suffix))
          .map((file) => ({
            params: { slug: material.data.slug, hash: material.hash, name: file.file.slice(0, -suffix.length) },
            props: { material, file: file.file },
          })),
      ),
    GET: async ({ props }) => {
      const { material, file } = props as { material: Material; file: string };
      const { dir } = await renderedFiles(material);
      return new Response(await readFile(path.join(dir, file)), { headers: { 'content-type': TYPES[extension] } });
    },
  };
}
