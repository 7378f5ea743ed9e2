/** Modules provided by the material-rendering integration (src/integrations/material-rendering.ts). */
declare module 'virtual:material-rendering' {
  /** Project root: where the render cache and the worker script are. */
  export const renderSetup: { root: string };
}

declare module 'virtual:material-fonts' {
  /** URLs of the material fonts (FONT_FILES) in the browser bundle. */
  export const fontUrls: { name: string; weight: 400 | 700 | 800; url: string }[];
}
