/**
 * Physical formats of the communication materials. Pure data, shared by templates (browser-safe)
 * and the Node render pipeline. Layout happens in "layout px"; the PDF scales the vector drawing
 * to the exact physical size, so the layout size only fixes proportions and type scale.
 */

export const MM_PER_PT = 25.4 / 72;
export const PRINT_DPI = 300;
export const BLEED_MM = 3;

export type Orientation = 'doc' | 'ngang';

export interface PrintFormat {
  id: string;
  label: string;
  /** How a sentence names what is printed: "băng rôn 500 × 80 cm" (messages of the checks). */
  name: string;
  widthMm: number;
  heightMm: number;
  /** Layout size in px handed to Satori; same aspect ratio as the paper. */
  layoutWidth: number;
  layoutHeight: number;
  /** Sides printed (a tri-fold leaflet has two). */
  pages: number;
  /** Small formats also ship a 300 dpi PNG; metre-sized ones only PDF + preview. */
  raster: boolean;
  orientation: Orientation;
  /** Material advice shown on the page. */
  printAdvice: string;
}

export interface ScreenFormat {
  id: string;
  label: string;
  name: string;
  width: number;
  height: number;
}

/**
 * "Áp-phích · A4 dọc (210 × 297 mm)", but "Pa-nô ngang 300 × 100 cm" alone: a format that
 * already names the kind of material does not get it twice ("Pa-nô · Pa-nô ngang …").
 */
export function kindAndFormat(kind: string, format: { label: string }): string {
  return format.label.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi')) ? format.label : `${kind} · ${format.label}`;
}

function print(f: Omit<PrintFormat, 'layoutHeight' | 'orientation'>): PrintFormat {
  return {
    ...f,
    layoutHeight: Math.round((f.layoutWidth * f.heightMm) / f.widthMm),
    orientation: f.widthMm > f.heightMm ? 'ngang' : 'doc',
  };
}

export const PRINT_FORMATS = {
  a4: print({
    id: 'a4',
    label: 'A4 dọc (210 × 297 mm)',
    name: 'áp-phích A4',
    widthMm: 210,
    heightMm: 297,
    layoutWidth: 794,
    pages: 1,
    raster: true,
    printAdvice: 'In trên giấy couché 150–200 g/m² hoặc giấy A4 thường bằng máy in văn phòng.',
  }),
  a3: print({
    id: 'a3',
    label: 'A3 dọc (297 × 420 mm)',
    name: 'áp-phích A3',
    widthMm: 297,
    heightMm: 420,
    layoutWidth: 794,
    pages: 1,
    raster: true,
    printAdvice: 'In trên giấy couché 150–200 g/m² ở cửa hàng in; dán bảng tin lớp học, hành lang.',
  }),
  'pa-no-300x100': print({
    id: 'pa-no-300x100',
    label: 'Pa-nô ngang 300 × 100 cm',
    name: 'pa-nô 300 × 100 cm',
    widthMm: 3000,
    heightMm: 1000,
    layoutWidth: 1800,
    pages: 1,
    raster: false,
    printAdvice: 'In bạt hiflex khổ 300 × 100 cm, có đóng khoen (ô-dê) ở mép để căng lên khung hoặc tường rào.',
  }),
  'bang-ron-500x80': print({
    id: 'bang-ron-500x80',
    label: 'Băng rôn 500 × 80 cm',
    name: 'băng rôn 500 × 80 cm',
    widthMm: 5000,
    heightMm: 800,
    layoutWidth: 2500,
    pages: 1,
    raster: false,
    printAdvice: 'In bạt hiflex khổ 500 × 80 cm, đóng khoen hai đầu và dọc mép để treo ngang cổng trường.',
  }),
  'standee-60x160': print({
    id: 'standee-60x160',
    label: 'Standee 60 × 160 cm',
    name: 'standee 60 × 160 cm',
    widthMm: 600,
    heightMm: 1600,
    layoutWidth: 600,
    pages: 1,
    raster: false,
    printAdvice: 'In PP hoặc bạt hiflex khổ 60 × 160 cm, lắp vào chân standee cuốn (loại 60 × 160 cm).',
  }),
  'to-roi-a4-gap-ba': print({
    id: 'to-roi-a4-gap-ba',
    label: 'Tờ rơi A4 gấp ba (297 × 210 mm, hai mặt)',
    name: 'tờ rơi A4 gấp ba',
    widthMm: 297,
    heightMm: 210,
    layoutWidth: 1123,
    pages: 2,
    raster: true,
    printAdvice: 'In hai mặt trên giấy A4 (couché 120–150 g/m² hoặc giấy thường 80 g/m²), lật theo cạnh ngắn, rồi gấp ba theo vạch gấp.',
  }),
} satisfies Record<string, PrintFormat>;

export type PrintFormatId = keyof typeof PRINT_FORMATS;

export const SHARE_FORMATS = {
  'chia-se-vuong': {
    id: 'chia-se-vuong',
    label: 'Ảnh đăng Zalo/Facebook 1080 × 1080',
    name: 'ảnh chia sẻ 1080 × 1080',
    width: 1080,
    height: 1080,
  },
  'chia-se-ngang': {
    id: 'chia-se-ngang',
    label: 'Ảnh xem trước liên kết 1200 × 630',
    name: 'ảnh xem trước liên kết 1200 × 630',
    width: 1200,
    height: 630,
  },
} satisfies Record<string, ScreenFormat>;

export type ShareFormatId = keyof typeof SHARE_FORMATS;

export const OG_SIZE = { width: 1200, height: 630 } as const;

export function isPrintFormat(id: string): id is PrintFormatId {
  return Object.hasOwn(PRINT_FORMATS, id);
}

export const mmToPt = (mm: number): number => mm / MM_PER_PT;

/** Pixel size of a 300 dpi raster of a print format (one side). */
export function rasterSize(format: PrintFormat): { width: number; height: number } {
  return {
    width: Math.round((format.widthMm / 25.4) * PRINT_DPI),
    height: Math.round((format.heightMm / 25.4) * PRINT_DPI),
  };
}

/**
 * Tri-fold (roll fold) panel widths in mm, left to right, for each side of the sheet.
 * The flap that folds inside is 3 mm narrower so it tucks in without buckling.
 * Outside: [inner flap | back cover | front cover]; inside: [panel 2 | panel 3 | panel 4].
 */
export const TRI_FOLD = {
  outside: [97, 100, 100],
  inside: [100, 100, 97],
} as const;

/** x positions (mm from the left edge) of the fold lines on each side. */
export function foldLinesMm(side: 'outside' | 'inside'): number[] {
  const widths = TRI_FOLD[side];
  return [widths[0], widths[0] + widths[1]];
}
