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
import { materialRendering } from './src/integrations/material-rendering';
import { ogImages } from './src/integrations/og-images';

// Chosen at build time: `SITE_URL=https://truong.edu.vn BASE_PATH=/binh-dang-gioi npm run build`.
// Without SITE_URL nothing that needs the real address is made up: no canonical or og:url, no
// sitemap, and print files carry no QR code (the build says so).
const site = process.env.SITE_URL || undefined;
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  // Tests build variants (base path, broken fixtures) side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  markdown: { processor: unified({ remarkPlugins: [remarkNfc, remarkSourceFile], rehypePlugins: [rehypeAsciiHeadingIds] }) },
  integrations: [mdx(), ...(site ? [sitemap()] : []), materialRendering(), ogImages(), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
    build: {
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
