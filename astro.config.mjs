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
  // No inline <style> or <script> anywhere: the Content-Security-Policy (src/lib/security-headers.ts)
  // allows only files from the site. Stylesheets are linked files, and small processed scripts, which
  // Vite would inline below 4 KB, stay files too.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  markdown: { processor: unified({ remarkPlugins: [remarkNfc, remarkSourceFile], rehypePlugins: [rehypeAsciiHeadingIds] }) },
  // contentCheck first: it stops a build or dev server with broken content before anything loads.
  // buildCheck last: it reads the finished pages, og:images included.
  integrations: [
    contentCheck(),
    mdx(),
    ...(site ? [sitemap()] : []),
    materialRendering(),
    ogImages(),
    searchIndex(),
    securityHeaders(),
    buildCheck(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // The dev server does not watch build outputs and caches: test fixtures (whole project copies
    // under .cache/, with their own astro.config) would otherwise restart it and unload the content.
    server: { watch: { ignored: ['**/.cache/**', '**/dist/**'] } },
    build: {
      // Astro inlines small processed scripts into the page; the Content-Security-Policy allows
      // only scripts from files ('self'), so every script stays a file. Other assets keep Vite's rule.
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
