/**
 * Where printed lines may break. Vietnamese writes every syllable as a word, so a plain line
 * breaker splits compounds ("cơ / sở", "học / tập") and document numbers ("73/2006/ / QH11").
 * Before text is laid out (and measured), this glues what must stay together:
 * - what the author bound with "~" ("cơ~sở"); the content schema already turns it into U+00A0;
 * - a number and the word before it ("Điều 23", "khoản 1", "Tổng đài 111", "Năm học 2026–2027"),
 *   and a clause to its article ("khoản 4 Điều 18");
 * - "điểm a", "Chương II";
 * - inside a word or a number, the characters after which the line breaker would break
 *   ("/", "-", "–"): "73/2006/QH11", "NĐ-CP", "15/11–15/12", "áp-phích";
 * - common compounds of the materials (COMPOUNDS);
 * - the last two words of a text, so no word stands alone on the last line.
 * A line then breaks only at an ordinary space.
 */

export const NBSP = '\u00A0';
/** Zero-width, no break on either side (UAX 14 class WJ). Fonts need no glyph for it. */
export const WORD_JOINER = '\u2060';
/** The author's marker in content files: "cơ~sở" keeps both syllables on one line. */
export const BIND_MARK = '~';

/**
 * Compounds that read wrongly when split across lines. Matched without regard to case, as
 * whole words. Longer entries first, so "bình đẳng giới" is bound before "bình đẳng".
 */
export const COMPOUNDS = [
  'bình đẳng giới',
  'bình đẳng',
  'bạo lực',
  'phòng ngừa',
  'ứng phó',
  'cơ sở giới',
  'cơ sở',
  'học tập',
  'học sinh',
  'trẻ em',
  'gia đình',
  'phân biệt',
  'đối xử',
  'nhà trường',
  'trường học',
  'thầy cô',
  'thầy giáo',
  'cô giáo',
  'con trai',
  'con gái',
  'định kiến',
  'ngành nghề',
  'nghề nghiệp',
  'lựa chọn',
  'việc nhà',
  'công việc',
  'thành viên',
  'chia sẻ',
  'cha mẹ',
  'phụ nữ',
  'nam giới',
  'nữ giới',
  'đồng hành',
  'chung tay',
  'hành động',
  'an toàn',
  'tôn trọng',
  'bảo vệ',
  'lên tiếng',
  'pháp luật',
  'nghiêm cấm',
  'trách nhiệm',
  'cơ hội',
  'vai trò',
  'vị trí',
  'năng lực',
  'ước mơ',
  'nghị định',
  'nghị quyết',
  'quyết định',
  'thông tư',
  'công văn',
  'kế hoạch',
  'chương trình',
  'chiến lược',
  'phát triển',
  'giáo dục',
  'đào tạo',
  'hướng nghiệp',
  'tổng đài',
  'điện thoại',
  'quốc gia',
  'mầm non',
  'tiểu học',
  'trung học cơ sở',
  'trung học phổ thông',
  'trung học',
] as const;

/** Kinds of school that open a school's name ("Trường Mầm non Hoa Sen"); the rest is its proper name. */
const SCHOOL_KIND =
  /^(trường\s+)?(mầm non|tiểu học|trung học cơ sở|trung học phổ thông|phổ thông[\p{L} ]*?cấp [\d, ]+|liên cấp|tiểu học và trung học cơ sở|THCS|THPT|TH|MN|PTDTBT[\p{L}-]*|PTDTNT[\p{L}-]*)\s+/iu;

/**
 * A school's name keeps its proper name on one line ("Nguyễn Bỉnh Khiêm", "Hoa Sen") when it is
 * short enough; otherwise, or when no kind of school is recognised, its last two words.
 */
export function bindSchoolName(name: string): string {
  const kind = SCHOOL_KIND.exec(name);
  const proper = kind ? name.slice(kind[0].length) : '';
  if (kind && proper.length <= 22) return name.slice(0, kind[0].length) + proper.replaceAll(' ', NBSP);
  const last = name.lastIndexOf(' ');
  const lastTwo = name.slice(name.lastIndexOf(' ', last - 1) + 1);
  return last > 0 && lastTwo.length <= 16 ? name.slice(0, last) + NBSP + name.slice(last + 1) : name;
}

const LETTER = '\\p{L}\\p{M}';
const compoundPattern = new RegExp(
  `(?<![${LETTER}])(${COMPOUNDS.map((c) => c.replaceAll(' ', '[ \u00A0]')).join('|')})(?![${LETTER}])`,
  'giu',
);

/** Breaks the line breaker allows inside a word: after a slash, a hyphen, an en dash. */
const INNER_BREAK = /([/\-–])(?=[\p{L}\p{N}])/gu;
/** Longer tokens (an address, pasted markup) keep their break opportunities: they may not fit a line whole. */
const GLUED_TOKEN = 24;

/**
 * Glues text for layout; see the module comment. Idempotent. `lastRun` caps the characters of
 * the glued last two words, so they still fit a narrow line (textIn derives it from the box).
 */
export function bindText(text: string, lastRun = 18): string {
  let out = text.replaceAll(BIND_MARK, NBSP);
  out = out.replace(/\S+/gu, (token) =>
    token.length > GLUED_TOKEN
      ? token
      : token.replace(INNER_BREAK, (_, mark: string, offset: number, whole: string) =>
          // Only inside a word: the character before the mark must be a letter or digit.
          /[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') ? mark + WORD_JOINER : mark,
        ),
  );
  out = out.replace(new RegExp(`([${LETTER}]) (?=\\p{N})`, 'gu'), `$1${NBSP}`);
  // "khoản 4 Điều 18" reads as one reference.
  out = out.replace(/(\p{N}) (?=Điều\u00A0\p{N})/gu, `$1${NBSP}`);
  out = out.replace(/(?<![\p{L}\p{M}])(điểm|Điểm) (?=[a-zđ]\b)/gu, `$1${NBSP}`);
  out = out.replace(/(?<![\p{L}\p{M}])(Chương|chương|Mục|mục|Phần|phần) (?=[IVXLC]+(?![\p{L}]))/gu, `$1${NBSP}`);
  out = out.replace(compoundPattern, (match: string) => match.replaceAll(' ', NBSP));
  return bindLastWords(out, lastRun);
}

/** Glues the last two words, unless that would make a run too long to fit a narrow line. */
function bindLastWords(text: string, lastRun: number): string {
  const lastSpace = text.lastIndexOf(' ');
  if (lastSpace <= 0) return text;
  const tail = text.slice(lastSpace + 1);
  const before = text.slice(0, lastSpace);
  const previousWord = before.slice(before.lastIndexOf(' ') + 1);
  if ([...previousWord, ...tail].length > lastRun) return text;
  return `${before}${NBSP}${tail}`;
}

/** The text without the layout glue (for a text layer, a search, a comparison). */
export function unbindText(text: string): string {
  return text.replaceAll(WORD_JOINER, '').replaceAll(NBSP, ' ');
}
