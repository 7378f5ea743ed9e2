/**
 * The body of an MDX file (explainers, answers): MDX syntax parses, and every component tag is one the
 * site provides. Without this, a tag left open or a misspelt <Dieuu> stops the build with the MDX
 * compiler's English, or renders nothing.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from '../content-error';
import { MDX_COMPONENTS } from '../mdx-components';
import { nearestName } from './nearest';

const processor = createProcessor();

const TAGS = MDX_COMPONENTS.map((name) => `<${name}>`).join(', ');
const SYNTAX_FIX =
  'thẻ viết dạng <Dieu so={14} /> (tự đóng) hoặc <Dieu so={14}>chữ</Dieu>; muốn viết dấu < hoặc { như chữ thường thì viết \\< hoặc \\{.';

interface MdxSyntaxError {
  line?: number;
  ruleId?: string;
  source?: string;
  reason: string;
}

function whatIsWrong({ ruleId, source, reason }: MdxSyntaxError): string {
  const tag = /`(<\/?[A-Za-z][\w.]*>)`/.exec(reason)?.[1];
  if (ruleId === 'end-tag-mismatch' && reason.startsWith('Expected a closing tag')) return `thẻ ${tag ?? ''} chưa được đóng`;
  if (ruleId === 'end-tag-mismatch') return `thẻ đóng ${tag ?? ''} không khớp với thẻ đang mở`;
  if (ruleId === 'unexpected-closing-slash') return 'có thẻ đóng </…> mà không có thẻ mở tương ứng';
  if (ruleId === 'unexpected-eof' && source?.includes('expression')) return 'thiếu dấu } đóng';
  if (ruleId === 'unexpected-eof') return 'một thẻ viết dở (thiếu dấu > hoặc />)';
  if (ruleId === 'unexpected-character') return 'dấu < hoặc { bị hiểu là bắt đầu một thẻ';
  return 'lỗi cú pháp MDX';
}

type Node = { type: string; name?: string | null; position?: { start: { line: number } }; children?: Node[] };

/** Problems of an MDX body whose first line is line `firstLine` of `file`. */
export function mdxBodyProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const inFile = (line: number | undefined) => (line === undefined ? undefined : firstLine - 1 + line);
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (error) {
    const syntax = error as MdxSyntaxError;
    const line = inFile(syntax.line);
    return [{ file, line, problem: `lỗi cú pháp MDX: ${whatIsWrong(syntax)}.`, fix: `xem dòng ${line ?? 'báo lỗi'}: ${SYNTAX_FIX}` }];
  }
  const problems: ContentProblem[] = [];
  const visit = (node: Node) => {
    const name = node.name;
    if (node.type.startsWith('mdxJsx') && name && /^[A-Z]/.test(name) && !(MDX_COMPONENTS as readonly string[]).includes(name)) {
      const guess = nearestName(name, MDX_COMPONENTS);
      problems.push({
        file,
        field: `<${name}>`,
        line: inFile(node.position?.start.line),
        problem: `không có thẻ <${name}>.`,
        fix: `${guess ? `có phải ý bạn là \`<${guess}>\`? ` : ''}các thẻ dùng được: ${TAGS}.`,
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}
