/**
 * Reads the data of a content file (YAML file, or the frontmatter of a Markdown/MDX file) with the
 * parser Astro uses (js-yaml), and locates fields by line with the `yaml` package's syntax tree, so
 * every problem can name the line in the file as the editor sees it.
 */
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from '../content-error';

export type FieldPath = readonly PropertyKey[];

export type ParsedData =
  | {
      ok: true;
      data: unknown;
      lineOf(path: FieldPath): number | undefined;
      /** Markdown/MDX only: the text after the frontmatter and the line it starts on. */
      body?: { text: string; line: number };
    }
  | ({ ok: false } & Omit<ContentProblem, 'file' | 'field'>);

/** Astro's frontmatter pattern (@astrojs/internal-helpers): leading blank lines allowed, then --- … ---. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

const YAML_FIX =
  'mỗi trường viết trên một dòng dạng "tenTruong: giá trị"; thụt lề bằng dấu cách (không dùng phím Tab) và thẳng hàng với các trường cùng cấp; ' +
  'câu có dấu hai chấm, dấu # hoặc bắt đầu bằng [ { " thì đặt cả câu trong ngoặc kép.';

/** js-yaml's reasons, said in Vietnamese (the rest fall back to a general sentence). */
const JS_YAML_REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'một trường được khai báo hai lần'],
  [/tab characters? must not be used/, 'thụt lề bằng phím Tab'],
  [/within a (double|single) quoted scalar/, 'thiếu dấu ngoặc kép đóng'],
  [/within a flow collection|missed comma between flow collection entries/, 'thiếu dấu phẩy hoặc dấu đóng ngoặc ] }'],
  [/bad indentation/, 'thụt lề sai'],
  [/end of the stream or a document separator is expected/, 'cấu trúc không đúng (thường do thụt lề sai hoặc thiếu dấu hai chấm)'],
  [/can not read a block mapping entry|multiline key may not be an implicit key/, 'một dòng thiếu dấu hai chấm sau tên trường'],
  [/incomplete explicit mapping pair|a key node is missed/, 'dấu hai chấm đặt sai chỗ'],
  [/unexpected end of the stream/, 'tệp kết thúc giữa chừng'],
];

/** The `yaml` package names some slips more precisely than js-yaml; used when both point at the same line. */
const YAML_CODES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'có dấu hai chấm ở giữa giá trị, nên YAML hiểu nhầm là một trường mới',
  DUPLICATE_KEY: 'một trường được khai báo hai lần',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab',
};

/** A line that opens a double-quoted value and never closes it: where an "unclosed quote" really is. */
const OPEN_QUOTE = /^\s*(?:-\s+)?(?:[^\s:#"][^:#]*:\s+)?"(?:[^"\\]|\\.)*$/;

function yamlSyntaxProblem(source: string, error: jsYaml.YAMLException, firstLine: number): ParsedData {
  const lines = source.split('\n');
  let index = error.mark?.line;
  let what = JS_YAML_REASONS.find(([pattern]) => pattern.test(error.reason))?.[1] ?? 'lỗi cú pháp';
  const open = lines.findIndex((line) => OPEN_QUOTE.test(line));
  if (open !== -1 && (index === undefined || open <= index)) {
    index = open;
    what = 'thiếu dấu ngoặc kép đóng';
  } else {
    const precise = parseDocument(source).errors.find((e) => YAML_CODES[e.code] && e.linePos?.[0].line === (index ?? -2) + 1);
    if (precise) what = YAML_CODES[precise.code]!;
  }
  const line = index === undefined ? undefined : firstLine + index;
  return { ok: false, line, problem: `lỗi cú pháp YAML: ${what}.`, fix: `xem dòng ${line ?? 'báo lỗi'} và dòng ngay trên nó: ${YAML_FIX}` };
}

/** The line (1-based, in the whole file) of the key or item at `path`, or of its closest located parent. */
function locator(source: string, firstLine: number): (path: FieldPath) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: false });
  const lineAt = (offset: number) => firstLine - 1 + counter.linePos(offset).line;
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}

function parseYaml(source: string, firstLine: number): ParsedData {
  let data: unknown;
  try {
    data = jsYaml.load(source);
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) return yamlSyntaxProblem(source, error, firstLine);
    throw error;
  }
  return { ok: true, data, lineOf: locator(source, firstLine) };
}

/** A YAML data file (content/thuat-ngu/*.yaml …). */
export const parseYamlFile = (text: string): ParsedData => parseYaml(text, 1);

/** The frontmatter of a Markdown/MDX file, with lines counted from the top of the file. */
export function parseFrontmatter(text: string): ParsedData {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      line: 1,
      problem: 'tệp không có phần thông tin ở đầu (các trường nằm giữa hai dòng "---").',
      fix: 'bắt đầu tệp bằng dòng "---", rồi các trường (mỗi trường một dòng "tenTruong: giá trị"), rồi một dòng "---", rồi phần thân bài.',
    };
  }
  const before = text.slice(0, match.index + match[0].indexOf(match[1]!));
  const firstLine = before.split('\n').length;
  const parsed = parseYaml(match[1]!, firstLine);
  const bodyStart = match.index + match[0].length;
  return parsed.ok ? { ...parsed, body: { text: text.slice(bodyStart), line: text.slice(0, bodyStart).split('\n').length } } : parsed;
}
