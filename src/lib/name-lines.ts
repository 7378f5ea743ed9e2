/**
 * Breaks the name of an agency or a school into lines for the header of an administrative
 * document (Nghị định 30/2020/NĐ-CP lets long names run over several lines). Vietnamese writes
 * every syllable as a word, so a plain wrap splits real words ("TRƯỜNG MẦM NON HOA / SEN").
 * Here a name becomes as few lines as fit, broken between its parts ("TRƯỜNG MẦM NON" / "HOA
 * SEN", "ỦY BAN NHÂN DÂN" / "XÃ VĂN GIANG"), as even as possible, never one syllable alone.
 */

/** Phrases that are one word and never split: kinds of school, administrative words. */
const PHRASES = [
  'ỦY BAN NHÂN DÂN',
  'UỶ BAN NHÂN DÂN',
  'TRUNG HỌC CƠ SỞ',
  'TRUNG HỌC PHỔ THÔNG',
  'TIỂU HỌC',
  'MẦM NON',
  'MẪU GIÁO',
  'NHÀ TRẺ',
  'PHỔ THÔNG',
  'DÂN TỘC',
  'BÁN TRÚ',
  'NỘI TRÚ',
  'LIÊN CẤP',
  'THỊ TRẤN',
  'ĐẶC KHU',
  'THÀNH PHỐ',
  'GIÁO DỤC',
  'ĐÀO TẠO',
];
/** Words that open the kind of a body; the proper name follows them. */
const KIND_WORDS = new Set(['TRƯỜNG', 'VÀ', 'CẤP', 'TH', 'THCS', 'THPT', 'UBND', 'PTDTBT', 'PTDTNT', 'PHÒNG', 'SỞ']);
const UNIT_WORDS = new Set(['XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU', 'TỈNH', 'THÀNH PHỐ', 'QUẬN', 'HUYỆN']);

// Costs, in the unit of the evenness term (the sum of squared line widths, in points²), so that
// in order: every line fits, no phrase is split, no syllable stands alone, the fewest lines,
// the proper name stays whole, breaks fall between the parts of the kind, lines are even.
const OVERFLOW = 1e13;
const SPLIT_PHRASE = 1e11;
const LONE_SYLLABLE = 1e10;
const PER_LINE = 1e9;
const SPLIT_PROPER_NAME = 2e5;
const SPLIT_KIND = 3e4;

interface Token {
  text: string;
  /** Cost of a line break right after this token. */
  breakAfter: number;
}

function tokenize(name: string): Token[] {
  const words = name.split(' ');
  const upper = words.map((w) => w.toLocaleUpperCase('vi'));
  const tokens: Token[] = words.map((text) => ({ text, breakAfter: SPLIT_KIND }));
  // Kind part: leading kind words and phrases; what follows is the proper name.
  let i = 0;
  let unitWord = false;
  while (i < words.length) {
    const phrase = PHRASES.find((p) => upper.slice(i, i + p.split(' ').length).join(' ') === p);
    const length = phrase ? phrase.split(' ').length : 1;
    const text = phrase ?? upper[i]!;
    if (UNIT_WORDS.has(text)) {
      unitWord = true;
      break;
    }
    if (!phrase && !KIND_WORDS.has(text)) break;
    for (let j = i; j < i + length - 1; j++) tokens[j]!.breakAfter = SPLIT_PHRASE;
    i += length;
  }
  // Between the kind and the proper name is the best place to break.
  if (i > 0 && i < words.length) tokens[i - 1]!.breakAfter = 0;
  // The proper name (with its "XÃ", "PHƯỜNG"… word) stays whole if it can.
  for (let j = i; j < words.length - 1; j++) tokens[j]!.breakAfter = SPLIT_PROPER_NAME;
  // "XÃ VĂN GIANG": never leave "XÃ" at the end of a line.
  if (unitWord) {
    const unit = [...UNIT_WORDS].find((u) => upper.slice(i, i + u.split(' ').length).join(' ') === u)!;
    for (let j = i; j < i + unit.split(' ').length; j++) if (j < words.length - 1) tokens[j]!.breakAfter = SPLIT_PHRASE;
  }
  return tokens;
}

/**
 * The lines of `name` (words separated by single spaces), each at most `maxWidth` wide as measured
 * by `measure`: the fewest lines, then the cheapest breaks, then the most even line lengths.
 */
export function breakName(name: string, maxWidth: number, measure: (text: string) => number): string[] {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (measure(clean) <= maxWidth) return [clean];
  const tokens = tokenize(clean);
  const n = tokens.length;
  if (n > 16) return [clean]; // Beyond any real name: let the word processor wrap it.
  let best: { lines: string[]; cost: number } | null = null;
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    const lines: string[] = [];
    let cost = 0;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (last || mask & (1 << i)) {
        const words = tokens.slice(start, i + 1);
        const line = words.map((t) => t.text).join(' ');
        const width = measure(line);
        if (width > maxWidth) cost += OVERFLOW;
        if (words.length === 1) cost += LONE_SYLLABLE;
        if (!last) cost += tokens[i]!.breakAfter;
        cost += width * width;
        lines.push(line);
        start = i + 1;
      }
    }
    cost += lines.length * PER_LINE;
    if (!best || cost < best.cost) best = { lines, cost };
  }
  return best!.lines;
}
