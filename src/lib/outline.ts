/**
 * Stable paragraph anchors for documents that have no "Điều" structure (official letters,
 * school plans). Ids are derived from the numbering printed in the text, so they survive
 * re-imports and can be cited from content: "I." → muc-1, "5." → muc-3-5 (inside III),
 * "1.3" → muc-4-1-3, the 3rd "- " bullet → muc-4-2-gach-3, the 2nd plain paragraph → muc-3-2-doan-2.
 * Lines before the first heading (title block, "Kính gửi") and from "Nơi nhận" on get no id.
 */
import { romanToInt } from './legal-text';

export interface OutlineParagraph {
  /** The line, verbatim. */
  text: string;
  /** Anchor id, or null outside the numbered body. */
  id: string | null;
  /** Vietnamese label for citations, e.g. "mục III.5, gạch đầu dòng thứ 2". */
  label: string | null;
  /** 1 for a "I." section, 2 for a numbered heading line, 0 for body text. */
  headingLevel: 0 | 1 | 2;
}

/** A numbered line is a heading when it reads as a title, not as a sentence. */
const isTitleLine = (text: string) => !/[.;:,]$/.test(text);

const ROMAN = /^([IVX]+)\.\s+/;
const DECIMAL = /^(\d+)\.(\d+)\.?\s+/;
const NUMBER = /^(\d+)\.\s+/;
const BULLET = /^-\s*/;
const END = /^Nơi nhận\s*:?\s*$/;

export function outlineParagraphs(lines: string[]): OutlineParagraph[] {
  let roman: { n: number; numeral: string } | null = null;
  let number: number | null = null;
  let decimal: number | null = null;
  let bullets = 0;
  let paragraphs = 0;
  let ended = false;

  const head = (): { id: string; label: string } => {
    const idParts = ['muc'];
    const labelParts: string[] = [];
    if (roman) {
      idParts.push(String(roman.n));
      labelParts.push(roman.numeral);
    }
    if (number !== null) {
      idParts.push(String(number));
      labelParts.push(String(number));
    }
    if (decimal !== null) {
      idParts.push(String(decimal));
      labelParts.push(String(decimal));
    }
    return { id: idParts.join('-'), label: `mục ${labelParts.join('.')}` };
  };
  const started = () => roman !== null || number !== null;

  return lines.map((raw): OutlineParagraph => {
    const text = raw.trim();
    if (ended || END.test(text)) {
      ended = true;
      return { text, id: null, label: null, headingLevel: 0 };
    }
    let headingLevel: 0 | 1 | 2 = 0;
    let match: RegExpExecArray | null;
    if ((match = ROMAN.exec(text))) {
      roman = { n: romanToInt(match[1]!), numeral: match[1]! };
      number = null;
      decimal = null;
      headingLevel = 1;
    } else if ((match = DECIMAL.exec(text)) && started() && Number(match[1]) === number) {
      decimal = Number(match[2]);
    } else if ((match = NUMBER.exec(text))) {
      number = Number(match[1]);
      decimal = null;
      if (isTitleLine(text)) headingLevel = 2;
    } else if (!started()) {
      return { text, id: null, label: null, headingLevel: 0 };
    } else {
      const bullet = BULLET.test(text);
      const n = bullet ? ++bullets : ++paragraphs;
      const { id, label } = head();
      return bullet
        ? { text, id: `${id}-gach-${n}`, label: `${label}, gạch đầu dòng thứ ${n}`, headingLevel: 0 }
        : { text, id: `${id}-doan-${n}`, label: `${label}, đoạn ${n}`, headingLevel: 0 };
    }
    bullets = 0;
    paragraphs = 0;
    return { text, ...head(), headingLevel };
  });
}

/**
 * The HTML element of each paragraph under a page's h2: "I." sections are h3 and their numbered
 * headings h4, but a numbered heading with no "I." section above it (CV 85 starts at "1.") is h3,
 * so heading levels never skip one.
 */
export function paragraphTags(paragraphs: Pick<OutlineParagraph, 'headingLevel'>[]): ('p' | 'h3' | 'h4')[] {
  let inSection = false;
  return paragraphs.map(({ headingLevel }) => {
    if (headingLevel === 1) inSection = true;
    if (headingLevel === 0) return 'p';
    return headingLevel === 2 && inSection ? 'h4' : 'h3';
  });
}
