/**
 * Every file of every material (PDFs, PNGs, preview, share images) as a static endpoint: the
 * build writes them into dist/, `astro dev` serves them on request (rendering only that material).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getMaterials, renderedFiles, type Material } from '../../../../data/materials';

const TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg' };

export const getStaticPaths = (async () =>
  (await getMaterials()).flatMap((material) =>
    material.files.map((file) => ({
      params: { slug: material.data.slug, hash: material.hash, file: file.file },
      props: { material, file: file.file },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { material, file } = props as { material: Material; file: string };
  const { dir } = await renderedFiles(material);
  return new Response(await readFile(path.join(dir, file)), { headers: { 'content-type': TYPES[path.extname(file)]! } });
};
