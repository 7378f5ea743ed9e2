import type { APIRoute } from 'astro';
import { absolute } from '../data/urls';

// The sitemap exists only when the build knows the site's address (SITE_URL).
const sitemap = absolute('sitemap-index.xml');

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
