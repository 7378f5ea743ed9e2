/**
 * What the browser needs to make any material for a school (an-pham/mau-an-pham.json): each
 * material's template, size, theme and texts. Fetched only when a person starts personalising.
 */
import type { APIRoute } from 'astro';
import { getMaterials } from '../../data/materials';
import type { MaterialTemplate } from '../../materials/personalise';

export const GET: APIRoute = async () => {
  const materials: MaterialTemplate[] = (await getMaterials()).map(
    ({ job: { slug, title, template, size, theme, illustration, texts } }) => ({
      slug,
      title,
      template,
      size,
      theme,
      illustration,
      texts,
    }),
  );
  return new Response(JSON.stringify({ materials }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
