/** The shared renderer, browser side: Satori's layout engine and the material fonts, fetched from this site. */
import layoutWasmUrl from 'satori/layout.wasm?url';
import { fontUrls } from 'virtual:material-fonts';
import { initLayout, type FontInput } from '../../materials/render/satori-render';

async function bytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

/** Loads everything in parallel, telling how many of the files have arrived. */
export async function loadRenderer(onProgress: (done: number, total: number) => void): Promise<FontInput[]> {
  const total = fontUrls.length + 1;
  let done = 0;
  const counted = <T>(promise: Promise<T>) => promise.then((value) => (onProgress(++done, total), value));
  const [, ...fonts] = await Promise.all([
    counted(bytes(layoutWasmUrl).then(initLayout)),
    ...fontUrls.map(({ name, weight, url }) => counted(bytes(url).then((data) => ({ name, weight, style: 'normal' as const, data })))),
  ]);
  return fonts as FontInput[];
}
