// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { unified } from '@astrojs/markdown-remark';
import { remarkNfc } from './src/lib/remark-nfc';
import { remarkSourceFile } from './src/lib/remark-source-file';
import { rehypeAsciiHeadingIds } from './src/lib/rehype-ascii-heading-ids';
import { normaliseBase } from './src/lib/site';
import { searchIndex } from './src/integrations/search-index';
import { contentCheck } from './src/integrations/content-check';
import { buildCheck } from './src/integrations/build-check';
import { securityHeaders } from './src/integrations/headers';
import { materials } from './src/materials/integration';

// Chosen at build time: `SITE_URL=https://truong.edu.vn BASE_PATH=/binh-dang-gioi npm run build`.
const site = process.env.SITE_URL ?? 'https://binh-dang-gioi.example';
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  // Tests build variants (base path, broken fixtures) side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // No inline <style> or <script> anywhere: the Content-Security-Policy (src/lib/security-headers.ts)
  // allows only files from the site. Stylesheets are linked files, and small processed scripts, which
  // Vite would inline below 4 KB, stay files too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  markdown: { processor: unified({ remarkPlugins: [remarkNfc, remarkSourceFile], rehypePlugins: [rehypeAsciiHeadingIds] }) },
  // contentCheck first: it stops a build or dev server with broken content before anything loads.
  // buildCheck last: it reads the finished pages, og:images included.
  integrations: [contentCheck(), mdx(), sitemap(), materials(), searchIndex(), securityHeaders(), buildCheck()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler warns about
        // once per file; the warning is harmless and would bury real build messages.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
