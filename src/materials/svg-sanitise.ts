/**
 * Sanitises an SVG logo a person uploads: a small strict XML parser and an allowlist. What comes
 * out is drawing only — shapes, paths, gradients, clip paths, masks, local references and
 * embedded PNG/JPEG — with no scripts, no event attributes, no external references, no
 * foreignObject, no styles that load anything. Simple class rules of a <style> block (what
 * design programs export) become attributes. Text that is not converted to outlines is refused:
 * printers and the PDF would draw it in a font nobody chose. Portable (no DOM), so the build's
 * tests run it too. Messages are Vietnamese, for the person uploading.
 */

export type Sanitised = { svg: string; width: number; height: number } | { problem: string };

interface Element {
  name: string;
  attrs: Map<string, string>;
  children: (Element | string)[];
}

class SvgError extends Error {}

const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 64;
const ID_PREFIX = 'logo-';

/** Elements kept; anything else (script, style, foreignObject, title …) is dropped with its content. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'image',
]);
/** Refused: live text would print in whatever font the printer has. */
const TEXT = new Set(['text', 'tspan', 'textPath']);

const GEOMETRY = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height', 'd', 'points', 'offset'];
const PAINT = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'display',
  'visibility',
  'clip-path',
  'clip-rule',
  'mask',
  'stop-color',
  'stop-opacity',
];
const STRUCTURE = [
  'id',
  'viewBox',
  'preserveAspectRatio',
  'transform',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
];
const ATTRIBUTES = new Set([...GEOMETRY, ...PAINT, ...STRUCTURE]);
const STYLE_PROPERTIES = new Set(PAINT);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&([^;\s&]*);/g, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const value = ENTITIES[name];
    if (value === undefined) throw new SvgError(`Tệp SVG dùng thực thể "&${name};" không được hỗ trợ.`);
    return value;
  });
}

// Sticky: each matches exactly at lastIndex, so a large file is read once, not sliced per attribute.
const TAG = /([A-Za-z_][\w.:-]*)/y;
const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

/** Parses XML into elements (comments, processing instructions, CDATA outside <style> dropped). */
function parse(source: string): Element {
  let pos = 0;
  let count = 0;
  const root: Element = { name: '#document', attrs: new Map(), children: [] };
  const stack: Element[] = [root];
  const fail = (): never => {
    throw new SvgError('Tệp SVG bị lỗi cấu trúc, không đọc được.');
  };
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt === -1) break;
    if (lt > pos) stack[stack.length - 1]!.children.push(decodeEntities(source.slice(pos, lt)));
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      pos = end === -1 ? fail() : end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end === -1) fail();
      stack[stack.length - 1]!.children.push(source.slice(lt + 9, end));
      pos = end + 3;
    } else if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt);
      pos = end === -1 ? fail() : end + 2;
    } else if (source.startsWith('<!', lt)) {
      const end = source.indexOf('>', lt);
      if (end === -1) fail();
      // An internal DTD subset can declare entities (and expand them a billion times): refused.
      if (source.slice(lt, end).includes('[')) throw new SvgError('Tệp SVG có khai báo DOCTYPE nội bộ, không dùng được.');
      pos = end + 1;
    } else if (source[lt + 1] === '/') {
      const end = source.indexOf('>', lt);
      if (end === -1) fail();
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) fail();
      pos = end + 1;
    } else {
      TAG.lastIndex = lt + 1;
      const tag = TAG.exec(source) ?? fail();
      const element: Element = { name: tag[1]!, attrs: new Map(), children: [] };
      pos = TAG.lastIndex;
      for (ATTR.lastIndex = pos; ; ATTR.lastIndex = pos) {
        const attr = ATTR.exec(source);
        if (!attr) break;
        element.attrs.set(attr[1]!, decodeEntities(attr[3] ?? attr[4] ?? ''));
        pos = ATTR.lastIndex;
      }
      TAG_END.lastIndex = pos;
      const close = TAG_END.exec(source) ?? fail();
      pos = TAG_END.lastIndex;
      if (++count > MAX_ELEMENTS) throw new SvgError('Tệp SVG có quá nhiều chi tiết.');
      stack[stack.length - 1]!.children.push(element);
      if (close[1] !== '/') {
        stack.push(element);
        if (stack.length > MAX_DEPTH) throw new SvgError('Tệp SVG lồng nhau quá sâu.');
      }
    }
  }
  if (stack.length !== 1) fail();
  const elements = root.children.filter((c): c is Element => typeof c !== 'string');
  if (elements.length !== 1 || elements[0]!.name !== 'svg') throw new SvgError('Tệp không phải ảnh SVG.');
  return elements[0]!;
}

/** `.a,.b{fill:#f00;stroke:none}` rules of <style> blocks; other selectors and at-rules are ignored. */
function classRules(svg: Element): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  const visit = (element: Element) => {
    if (element.name === 'style') {
      const css = element.children
        .filter((c): c is string => typeof c === 'string')
        .join('')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/@[^;{}]*;/g, '');
      for (const match of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
        const declarations = declarationsOf(match[2]!);
        for (const selector of match[1]!.split(',')) {
          const name = /^\s*\.([\w-]+)\s*$/.exec(selector)?.[1];
          if (name) rules.set(name, [...(rules.get(name) ?? []), ...declarations]);
        }
      }
    }
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(svg);
  return rules;
}

function declarationsOf(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.split(':'))
    .filter((pair) => pair.length === 2)
    .map(([property, value]): [string, string] => [property!.trim().toLowerCase(), value!.trim()]);
}

/** A value that refers to nothing outside the logo: url(#id) only; no javascript:, no expressions. */
function safeValue(value: string): boolean {
  const urls = [...value.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)];
  if (/url\(/i.test(value) && urls.length === 0) return false;
  if (urls.some((m) => !m[2]!.startsWith('#'))) return false;
  return !/javascript:|expression\(|[<>]/i.test(value);
}

const prefixRefs = (value: string) => value.replace(/url\(\s*(['"]?)#([^)'"]*)\1\s*\)/gi, `url(#${ID_PREFIX}$2)`);

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function clean(element: Element, rules: Map<string, [string, string][]>): string {
  if (TEXT.has(element.name))
    throw new SvgError(
      'Logo có chữ chưa chuyển thành nét vẽ. Hãy chuyển chữ thành đường nét (ví dụ lệnh Create Outlines) rồi tải lại, hoặc dùng ảnh PNG.',
    );
  if (!ELEMENTS.has(element.name)) return '';
  const attrs = new Map<string, string>();
  const set = (name: string, value: string) => {
    if (safeValue(value)) attrs.set(name, prefixRefs(value));
  };
  for (const className of (element.attrs.get('class') ?? '').split(/\s+/)) {
    for (const [property, value] of rules.get(className) ?? []) if (STYLE_PROPERTIES.has(property)) set(property, value);
  }
  for (const [name, value] of element.attrs) {
    if (ATTRIBUTES.has(name)) set(name, name === 'id' ? ID_PREFIX + value : value);
    else if (name === 'href' || name === 'xlink:href') {
      const local = element.name !== 'image' && value.startsWith('#');
      const embedded = element.name === 'image' && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]*$/.test(value);
      if (local) attrs.set('href', `#${ID_PREFIX}${value.slice(1)}`);
      else if (embedded) attrs.set('href', value.replace(/\s/g, ''));
    }
  }
  // A style attribute wins over classes and attributes, as in CSS.
  for (const [property, value] of declarationsOf(element.attrs.get('style') ?? ''))
    if (STYLE_PROPERTIES.has(property)) set(property, value);
  if ((element.name === 'use' || element.name === 'image') && !attrs.has('href')) return '';
  const inner = element.children.map((child) => (typeof child === 'string' ? '' : clean(child, rules))).join('');
  const open = [element.name, ...[...attrs].map(([name, value]) => `${name}="${escapeAttr(value)}"`)].join(' ');
  return `<${open}>${inner}</${element.name}>`;
}

/** Size from the viewBox, else from width and height (units are ignored: only the proportions matter). */
function viewBoxOf(svg: Element): [number, number, number, number] | undefined {
  const box = svg.attrs
    .get('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) return box as [number, number, number, number];
  const width = parseFloat(svg.attrs.get('width') ?? '');
  const height = parseFloat(svg.attrs.get('height') ?? '');
  return width > 0 && height > 0 ? [0, 0, width, height] : undefined;
}

const EXPORT_AGAIN = 'Hãy xuất lại logo từ phần mềm thiết kế hoặc dùng ảnh PNG.';

export function sanitiseSvg(source: string): Sanitised {
  try {
    const svg = parse(source.replace(/^\uFEFF/, ''));
    const box = viewBoxOf(svg);
    if (!box) return { problem: `Tệp SVG không ghi kích thước (viewBox hoặc width, height). ${EXPORT_AGAIN}` };
    const rules = classRules(svg);
    const inner = svg.children.map((child) => (typeof child === 'string' ? '' : clean(child, rules))).join('');
    const rootPaint = [...svg.attrs]
      .filter(([name, value]) => STYLE_PROPERTIES.has(name) && safeValue(value))
      .map(([name, value]) => ` ${name}="${escapeAttr(prefixRefs(value))}"`)
      .join('');
    // Root attributes other than paint (size, event handlers …) are not carried over; paint goes on a group.
    const drawing = rootPaint ? `<g${rootPaint}>${inner}</g>` : inner;
    return { svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}">${drawing}</svg>`, width: box[2], height: box[3] };
  } catch (error) {
    if (error instanceof SvgError) return { problem: /Hãy/.test(error.message) ? error.message : `${error.message} ${EXPORT_AGAIN}` };
    throw error;
  }
}
