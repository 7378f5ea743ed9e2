import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS, SOURCE_FOLDER, contentDir, filePattern, type CollectionSpec } from './lib/collections';
import { loadSourceTexts } from './lib/source-loader';

const root = contentDir();

/** Entry ids are file names: Astro would otherwise take the `slug` field and let a duplicate overwrite silently. */
const loaderOf = (spec: CollectionSpec) =>
  glob({ pattern: filePattern(spec), base: `${root}/${spec.folder}`, generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') });

const { vanBan, ghiChu, huongDan, thuatNgu, hoiDap, viecCanLam, lich, keHoachMau, mauVanBan, anPham, caiDat, soDo } = COLLECTIONS;

export const collections = {
  vanBan: defineCollection({ loader: loaderOf(vanBan), schema: vanBan.schema }),
  nguon: defineCollection({
    loader: { name: 'source-texts', load: (context) => loadSourceTexts(`${root}/${SOURCE_FOLDER}`, context) },
    schema: z.strictObject({ header: z.string(), body: z.string(), file: z.string() }),
  }),
  ghiChu: defineCollection({ loader: loaderOf(ghiChu), schema: ghiChu.schema }),
  huongDan: defineCollection({ loader: loaderOf(huongDan), schema: huongDan.schema }),
  thuatNgu: defineCollection({ loader: loaderOf(thuatNgu), schema: thuatNgu.schema }),
  hoiDap: defineCollection({ loader: loaderOf(hoiDap), schema: hoiDap.schema }),
  viecCanLam: defineCollection({ loader: loaderOf(viecCanLam), schema: viecCanLam.schema }),
  lich: defineCollection({ loader: loaderOf(lich), schema: lich.schema }),
  keHoachMau: defineCollection({ loader: loaderOf(keHoachMau), schema: keHoachMau.schema }),
  mauVanBan: defineCollection({ loader: loaderOf(mauVanBan), schema: mauVanBan.schema }),
  anPham: defineCollection({ loader: loaderOf(anPham), schema: anPham.schema }),
  caiDat: defineCollection({ loader: loaderOf(caiDat), schema: caiDat.schema }),
  soDo: defineCollection({ loader: loaderOf(soDo), schema: soDo.schema }),
};
