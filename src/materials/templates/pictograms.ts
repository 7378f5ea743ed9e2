/**
 * Pictograms drawn for the project: flat figures (children, adults), a school, a house, hands,
 * a shield, a balance, a heart, a book, a gear. Each is plain SVG geometry in its own unit box,
 * so it renders through Satori, stays vector in the PDF and works in the browser.
 * Scenes compose them into the illustration of a topic.
 */
import { h } from './h.ts';
import { at, mix, s } from './svg.ts';
import type { Node, Theme } from './types.ts';

/** Colours a scene is painted with; templates pick them for a light or a dark ground. */
export interface Palette {
  /** Main figures and buildings. */
  figure: string;
  /** Second figure colour, hearts, flags. */
  second: string;
  /** Backdrop shape behind the scene. */
  backdrop: string;
  /** A second ground shape on the backdrop (the walls of a house). */
  ground: string;
  /** Details cut out of filled shapes (windows, palm on a shield). */
  cut: string;
}

export function paletteOnLight(theme: Theme): Palette {
  return {
    figure: theme.primary,
    second: theme.accent,
    backdrop: mix(theme.primary, '#ffffff', 0.85),
    ground: mix(theme.primary, '#ffffff', 0.72),
    cut: '#ffffff',
  };
}

export function paletteOnDark(theme: Theme): Palette {
  return {
    figure: '#ffffff',
    second: theme.accent,
    backdrop: mix(theme.primary, '#ffffff', 0.14),
    ground: mix(theme.primary, '#ffffff', 0.26),
    cut: theme.primary,
  };
}

type Arm = 'down' | 'out' | 'up';
type Hair = 'none' | 'bun' | 'pigtails';

interface PersonOptions {
  child?: boolean;
  hair?: Hair;
  left?: Arm;
  right?: Arm;
  color: string;
}

const ARM_END: Record<Arm, [number, number]> = { down: [5, 57], out: [-6, 47], up: [3, 4] };

/** A standing figure in a 40 × 100 box (feet at y = 100). Children have a larger head. */
function person({ child = false, hair = 'none', left = 'down', right = 'down', color }: PersonOptions): Node[] {
  const head = child ? { cy: 13, r: 12 } : { cy: 11, r: 10 };
  const torsoTop = child ? 29 : 25;
  const shoulderY = torsoTop + 5;
  const limb = { stroke: color, 'stroke-linecap': 'round', fill: 'none' } as const;
  const arm = (pose: Arm, side: 1 | -1) => {
    const [ex, ey] = ARM_END[pose];
    const x0 = side === 1 ? 12 : 28;
    const x1 = side === 1 ? ex : 40 - ex;
    return s('path', { d: `M${x0} ${shoulderY}L${x1} ${ey}`, 'stroke-width': 6.5, ...limb });
  };
  return [
    hair === 'bun' ? s('circle', { cx: 29, cy: 3, r: 6, fill: color }) : null,
    hair === 'pigtails' ? s('circle', { cx: 6.5, cy: 9, r: 5.5, fill: color }) : null,
    hair === 'pigtails' ? s('circle', { cx: 33.5, cy: 9, r: 5.5, fill: color }) : null,
    s('circle', { cx: 20, cy: head.cy, r: head.r, fill: color }),
    s('rect', { x: 9, y: torsoTop, width: 22, height: 62 - torsoTop, rx: 8, fill: color }),
    arm(left, 1),
    arm(right, -1),
    s('path', { d: 'M15 58L15 96M25 58L25 96', 'stroke-width': 8.5, ...limb }),
  ].filter((n): n is Node => n !== null);
}

/** A figure standing with its feet at (x + 20·scale, bottom). */
function figure(x: number, bottom: number, height: number, options: PersonOptions): Node {
  const scale = height / 100;
  return at(x, bottom - height, scale, ...person(options));
}

const HEART = 'M10 17.5C-5 8.5 1.5-3.5 10 3.5C18.5-3.5 25 8.5 10 17.5Z';

function heart(x: number, y: number, size: number, color: string): Node {
  return at(x, y, size / 20, s('path', { d: HEART, fill: color }));
}

/** An open raised palm in a 60 × 84 box. */
function hand(color: string): Node[] {
  const finger = (x: number, top: number) => s('rect', { x, y: top, width: 9, height: 48 - top, rx: 4.5, fill: color });
  return [
    finger(10, 9),
    finger(20.5, 3),
    finger(31, 6),
    finger(41.5, 15),
    s('path', { d: 'M16 62L3 38', stroke: color, 'stroke-width': 10, 'stroke-linecap': 'round' }),
    s('rect', { x: 9, y: 32, width: 41.5, height: 40, rx: 13, fill: color }),
    s('rect', { x: 15, y: 66, width: 30, height: 18, rx: 3, fill: color }),
  ];
}

/** A school in a 120 × 104 box: wings, a central block with a pediment, a door, a flag. */
function school(p: Palette): Node[] {
  const windows = [18, 32, 86, 100].map((x) => s('rect', { x, y: 60, width: 8, height: 12, rx: 1.5, fill: p.cut }));
  return [
    s('path', { d: 'M60 2V22', stroke: p.figure, 'stroke-width': 2.5 }),
    s('path', { d: 'M61 2H80L76 8L80 14H61Z', fill: p.second }),
    s('path', { d: 'M6 50L30 36H90L114 50Z', fill: p.figure }),
    s('rect', { x: 10, y: 50, width: 100, height: 54, fill: p.figure }),
    s('path', { d: 'M40 38L60 20L80 38Z', fill: p.figure }),
    s('rect', { x: 42, y: 36, width: 36, height: 68, fill: p.figure }),
    s('circle', { cx: 60, cy: 31, r: 4, fill: p.cut }),
    s('path', { d: 'M51 104V84A9 9 0 0 1 69 84V104Z', fill: p.cut }),
    s('rect', { x: 47, y: 48, width: 26, height: 8, rx: 1.5, fill: p.second }),
    ...windows,
  ];
}

function gear(x: number, y: number, size: number, color: string, hole: string): Node {
  const teeth = Array.from({ length: 8 }, (_, i) =>
    s('rect', { x: 16.5, y: 0, width: 7, height: 10, rx: 1.5, fill: color, transform: `rotate(${i * 45} 20 20)` }),
  );
  return at(
    x,
    y,
    size / 40,
    ...teeth,
    s('circle', { cx: 20, cy: 20, r: 13.5, fill: color }),
    s('circle', { cx: 20, cy: 20, r: 5.5, fill: hole }),
  );
}

function book(x: number, y: number, size: number, color: string, cut: string): Node {
  return at(
    x,
    y,
    size / 44,
    s('path', { d: 'M22 6C15 1 6 1 0 3V31C6 29 15 29 22 33Z', fill: color }),
    s('path', { d: 'M22 6C29 1 38 1 44 3V31C38 29 29 29 22 33Z', fill: color }),
    s('path', { d: 'M22 7V32', stroke: cut, 'stroke-width': 1.6 }),
    s('path', {
      d: 'M5 10C10 9 14 9 18 11M5 16C10 15 14 15 18 17M26 11C30 9 34 9 39 10M26 17C30 15 34 15 39 16',
      stroke: cut,
      'stroke-width': 1.4,
      fill: 'none',
    }),
  );
}

/** A telephone handset in a 40 × 40 box. */
export function phoneIcon(size: number, color: string, background: string): Node {
  return s(
    'svg',
    { width: size, height: size, viewBox: '0 0 40 40' },
    s('circle', { cx: 20, cy: 20, r: 20, fill: background }),
    s('path', {
      d: 'M13.5 9.5c1.2-.7 2.6-.3 3.3.9l2.4 4.2c.6 1.1.3 2.5-.7 3.2l-1.6 1.1c1.1 2.6 3.2 4.7 5.8 5.8l1.1-1.6c.7-1 2.1-1.3 3.2-.7l4.2 2.4c1.2.7 1.6 2.1.9 3.3l-1.3 2.2c-1 1.7-3 2.5-4.9 2C17.5 30.4 9.6 22.5 7.7 14.1c-.5-1.9.3-3.9 2-4.9z',
      fill: color,
    }),
  );
}

const SHIELD = 'M50 0L98 16V52C98 86 76 108 50 120C24 108 2 86 2 52V16Z';

/** Width and height of every scene's drawing box. */
const W = 200;
const H = 160;

function backdrop(p: Palette): Node {
  return s('ellipse', { cx: 100, cy: 88, rx: 92, ry: 70, fill: p.backdrop });
}

/** Illustrations, one per topic (and a few more a material may ask for by name). */
export const SCENES = {
  /** A woman and a man either side of a level balance. */
  'can-bang': {
    draw: (p: Palette) => [
      backdrop(p),
      figure(12, 150, 98, { hair: 'bun', color: p.figure }),
      figure(150, 150, 98, { color: p.figure }),
      s('rect', { x: 97, y: 34, width: 6, height: 106, fill: p.figure }),
      s('rect', { x: 76, y: 136, width: 48, height: 10, rx: 4, fill: p.figure }),
      s('rect', { x: 62, y: 34, width: 76, height: 6, rx: 3, fill: p.figure }),
      s('circle', { cx: 100, cy: 32, r: 7, fill: p.second }),
      s('path', { d: 'M70 40L59 72M70 40L81 72M130 40L119 72M130 40L141 72', stroke: p.figure, 'stroke-width': 1.8 }),
      s('path', { d: 'M56 72H84A14 9 0 0 1 56 72Z', fill: p.second }),
      s('path', { d: 'M116 72H144A14 9 0 0 1 116 72Z', fill: p.second }),
    ],
  },
  /** A school with a boy and a girl waving. */
  'truong-hoc': {
    draw: (p: Palette) => [
      backdrop(p),
      at(46, 10, 0.9, ...school(p)),
      figure(34, 154, 70, { child: true, right: 'up', color: p.second }),
      figure(138, 154, 70, { child: true, hair: 'pigtails', left: 'up', color: p.second }),
    ],
  },
  /** A family holding hands in front of a house. */
  'gia-dinh': {
    draw: (p: Palette) => [
      backdrop(p),
      s('path', { d: 'M22 70L100 14L178 70V152H22Z', fill: p.ground }),
      heart(90, 34, 20, p.second),
      figure(28, 152, 96, { right: 'out', color: p.figure }),
      figure(62, 152, 60, { child: true, left: 'out', right: 'out', color: p.second }),
      figure(98, 152, 60, { child: true, hair: 'pigtails', left: 'out', right: 'out', color: p.second }),
      figure(132, 152, 92, { hair: 'bun', left: 'out', color: p.figure }),
    ],
  },
  /** A shield with an open palm: no to violence. */
  'ban-tay': {
    draw: (p: Palette) => [
      backdrop(p),
      at(50, 22, 1, s('path', { d: SHIELD, fill: p.figure })),
      at(70, 40, 1, ...hand(p.cut)),
      heart(28, 30, 22, p.second),
      heart(152, 30, 22, p.second),
    ],
  },
  /** A father walking with his daughter and son. */
  'dong-hanh': {
    draw: (p: Palette) => [
      backdrop(p),
      heart(88, 26, 24, p.second),
      figure(44, 152, 104, { right: 'out', color: p.figure }),
      figure(84, 152, 64, { child: true, hair: 'pigtails', left: 'out', right: 'out', color: p.second }),
      figure(118, 152, 64, { child: true, left: 'out', color: p.second }),
    ],
  },
  /** A girl and a boy under a gear and a book: every trade for everyone. */
  'nghe-nghiep': {
    draw: (p: Palette) => [
      backdrop(p),
      s('circle', { cx: 62, cy: 42, r: 24, fill: p.figure }),
      gear(44, 24, 36, p.cut, p.figure),
      s('circle', { cx: 138, cy: 42, r: 24, fill: p.figure }),
      book(119, 31, 38, p.cut, p.figure),
      figure(44, 154, 76, { child: true, hair: 'pigtails', right: 'out', color: p.second }),
      figure(118, 154, 76, { child: true, left: 'out', color: p.second }),
    ],
  },
  /** A girl and a boy holding hands. */
  'tre-em': {
    draw: (p: Palette) => [
      backdrop(p),
      heart(86, 30, 28, p.second),
      figure(52, 154, 96, { child: true, hair: 'pigtails', right: 'out', color: p.figure }),
      figure(108, 154, 96, { child: true, left: 'out', color: p.figure }),
    ],
  },
  /** Raised hands: acting together. */
  'chung-tay': {
    draw: (p: Palette) => [
      backdrop(p),
      at(26, 64, 0.9, ...hand(p.second)),
      at(130, 64, 0.9, ...hand(p.second)),
      at(70, 38, 1.1, ...hand(p.figure)),
    ],
  },
} satisfies Record<string, { draw: (p: Palette) => Node[] }>;

export type SceneId = keyof typeof SCENES;

/** Scene of each material topic (ids of CHU_DE_AN_PHAM); the first topic of a material decides. */
const SCENE_OF_TOPIC: Record<string, SceneId> = {
  'nguyen-tac': 'can-bang',
  'giao-duc': 'truong-hoc',
  'bao-luc-gioi': 'ban-tay',
  'gia-dinh': 'gia-dinh',
  'nam-gioi': 'dong-hanh',
  'dinh-kien': 'nghe-nghiep',
};

export function sceneForTopics(topics: readonly string[]): SceneId {
  for (const topic of topics) if (SCENE_OF_TOPIC[topic]) return SCENE_OF_TOPIC[topic];
  return 'tre-em';
}

/** Fills its slot; absolutely placed so that its own size never pushes the slot open. */
const drawing = (id: SceneId, palette: Palette, align = 'xMidYMid') =>
  s(
    'svg',
    {
      width: '100%',
      height: '100%',
      viewBox: `0 0 ${W} ${H}`,
      preserveAspectRatio: `${align} meet`,
      style: { position: 'absolute', left: 0, top: 0, width: '100%', height: '100%' },
    },
    ...SCENES[id].draw(palette),
  );

/**
 * The scene in a flexible slot of a column: it takes the height the text leaves it, between
 * `min` and `max`, so a page has no hole (aspect kept, centred).
 */
export function sceneSlot(id: SceneId, palette: Palette, min: number, max: number, style: Record<string, unknown> = {}): Node {
  return h(
    'div',
    { position: 'relative', flexGrow: 1, flexShrink: 0, flexBasis: 0, minHeight: min, maxHeight: max, alignSelf: 'stretch', ...style },
    drawing(id, palette),
  );
}

/**
 * The scene beside text in a row: `width` wide (or the rest of the row), as tall as the row;
 * `align` places it when the row is taller than the drawing (SVG preserveAspectRatio values).
 */
export function sceneBeside(id: SceneId, palette: Palette, width?: number, align: 'xMidYMid' | 'xMidYMax' = 'xMidYMid'): Node {
  return h(
    'div',
    { position: 'relative', ...(width ? { width, flexShrink: 0 } : { flexGrow: 1 }), alignSelf: 'stretch' },
    drawing(id, palette, align),
  );
}
