/**
 * Satori draws an inline <svg> element (our pictograms, an SVG logo) as an <image> whose href is
 * an SVG data URL. PDFKit cannot open such an image, so print files would lose it; this puts
 * the shapes back inline as a nested <svg>, which every consumer (svg-to-pdfkit, librsvg,
 * browsers) draws as vectors. Pure string work: runs in Node and the browser.
 */

const IMAGE = /<image ([^>]*?)href="data:image\/svg\+xml(;base64|;utf8)?,([^"]*)"([^>]*)\/>/g;

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
}

function decode(encoding: string | undefined, data: string): string {
  if (encoding === ';base64') {
    const binary = atob(data);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  }
  return decodeURIComponent(data);
}

/** Ids inside an inlined drawing get a prefix so they cannot clash with Satori's or another image's. */
function prefixIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, `id="${prefix}$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}$1"`);
}

export function inlineSvgImages(svg: string): string {
  let count = 0;
  return svg.replace(IMAGE, (whole, before: string, encoding: string | undefined, data: string, after: string) => {
    const image = `${before} ${after}`;
    const inner = prefixIds(decode(encoding, data), `inl${count++}-`);
    const open = /^<svg([^>]*)>/.exec(inner);
    if (!open || !inner.endsWith('</svg>')) return whole;
    const own = open[1]!;
    const viewBox = attr(own, 'viewBox') ?? `0 0 ${attr(own, 'width') ?? 0} ${attr(own, 'height') ?? 0}`;
    // The drawing's own presentation attributes (e.g. shape-rendering) stay; its place is the image's.
    const kept = own.replace(/\s(xmlns(:\w+)?|width|height|x|y|viewBox|preserveAspectRatio)="[^"]*"/g, '');
    const place = ['x', 'y', 'width', 'height'].map((name) => `${name}="${attr(image, name) ?? 0}"`).join(' ');
    const aspect = attr(image, 'preserveAspectRatio') ?? 'xMidYMid meet';
    const group = ['clip-path', 'mask'].map((name) => (attr(image, name) ? ` ${name}="${attr(image, name)}"` : '')).join('');
    const body = inner.slice(open[0].length, -'</svg>'.length);
    return `<g${group}><svg ${place} viewBox="${viewBox}" preserveAspectRatio="${aspect}"${kept}>${body}</svg></g>`;
  });
}
