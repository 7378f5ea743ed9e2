/**
 * Sets up the material renderer for pages and for the browser:
 * - page code gets the project root (render cache, worker processes) from `virtual:material-rendering`;
 * - the browser bundle gets the URLs of the material fonts from `virtual:material-fonts` (the files
 *   of FONT_FILES, emitted as hashed assets) and a pdfkit without its font engine (fontkit): the
 *   PDFs draw outlines and an invisible text layer of their own, they never embed a font file;
 * - without SITE_URL the build says once that print files carry no QR code and no address.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FONT_FILES, FONT_PACKAGE } from '../materials/fonts.ts';
import { packageDir } from '../materials/render/package-dir.ts';

const SETUP = 'virtual:material-rendering';
const FONTS = 'virtual:material-fonts';
const NO_FONTKIT = '\0material-rendering:no-fontkit';

export const NO_SITE_URL_WARNING =
  'Chưa đặt SITE_URL: ấn phẩm in không có mã QR và không in địa chỉ trang (không có địa chỉ thật để in). ' +
  'Dựng lại với SITE_URL=https://<tên miền của trường> để có mã QR.';

function virtualModules(root: string): Plugin {
  return {
    name: 'material-rendering:virtual-modules',
    resolveId: (id) => (id === SETUP || id === FONTS ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${SETUP}`) return `export const renderSetup = ${JSON.stringify({ root })};`;
      if (id !== `\0${FONTS}`) return undefined;
      const dir = packageDir(root, FONT_PACKAGE);
      const imports = FONT_FILES.map((font, i) => `import url${i} from ${JSON.stringify(`${path.join(dir, font.file)}?url`)};`);
      const list = FONT_FILES.map((font, i) => `{ name: ${JSON.stringify(font.name)}, weight: ${font.weight}, url: url${i} }`);
      return `${imports.join('\n')}\nexport const fontUrls = [${list.join(', ')}];`;
    },
  };
}

/** fontkit is only reached through pdfkit's font loading, which material PDFs never use. */
function pdfkitWithoutFontkit(): Plugin {
  return {
    name: 'material-rendering:pdfkit-without-fontkit',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (id) => (id === 'fontkit' ? NO_FONTKIT : undefined),
    load: (id) =>
      id === NO_FONTKIT
        ? 'export function create() { throw new Error("Material PDFs embed no font files (fontkit is left out of the browser bundle)."); }'
        : undefined,
  };
}

export function materialRendering(): AstroIntegration {
  return {
    name: 'material-rendering',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({ vite: { plugins: [virtualModules(root), pdfkitWithoutFontkit()] } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!config.site) logger.warn(NO_SITE_URL_WARNING);
      },
    },
  };
}
