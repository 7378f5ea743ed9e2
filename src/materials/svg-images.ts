/**
 * Satori draws an <img> as an SVG <image> whose href is the data URL. For a school's SVG logo
 * that would leave a vector drawing as an embedded file that svg-to-pdfkit cannot draw, so the
 * logo's markup (already sanitised, see logo.ts) is set inline instead, as a nested <svg> at the
 * same place: the PDF stays vector. Raster logos (PNG, JPEG) stay <image>. Portable.
 */
const SVG_IMAGE = /<image x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)" href="data:image\/svg\+xml;base64,([^"]*)"([^>]*)\/>/g;
/** The shape sanitiseSvg() writes: root with a viewBox, then the drawing. */
const SANITISED = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="([^"]*)">([\s\S]*)<\/svg>$/;

function decodeBase64Utf8(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

export function inlineSvgImages(svg: string): string {
  return svg.replace(SVG_IMAGE, (whole, x: string, y: string, width: string, height: string, base64: string, rest: string) => {
    const logo = SANITISED.exec(decodeBase64Utf8(base64));
    if (!logo) return whole;
    const aspect = /preserveAspectRatio="([^"]*)"/.exec(rest)?.[1] ?? 'xMidYMid meet';
    const clip = rest.replace(/\s*preserveAspectRatio="[^"]*"/, '');
    return `<g${clip}><svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${logo[1]}" preserveAspectRatio="${aspect}">${logo[2]}</svg></g>`;
  });
}
