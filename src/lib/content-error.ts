/**
 * The one error type for anything an editor can get wrong in content/: documents, sources,
 * explainers, materials, tasks, plans. It is an Astro error, so `astro build` and `astro dev`
 * show the problem as the message and the fix as the hint, in Vietnamese, naming file and field.
 * Several problems can travel in one error, so a build reports everything wrong at once.
 */
import { AstroError } from 'astro/errors';

/** One thing wrong in one file, in words an editor can act on. */
export interface ContentProblem {
  /** Project-relative file, e.g. "content/an-pham/thang-hanh-dong-pa-no.yaml". */
  file: string;
  /** Field or tag at fault, e.g. "khauHieu" or "<Dieu>"; absent when the whole file is at fault. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** What is wrong: a Vietnamese sentence. */
  problem: string;
  /** How to fix it: a Vietnamese sentence. */
  fix: string;
}

/** "content/x.yaml, dòng 4, trường "khauHieu"" */
export function problemLocation({ file, line, field }: ContentProblem): string {
  return [file, line !== undefined ? `dòng ${line}` : '', field ? `trường "${field}"` : ''].filter(Boolean).join(', ');
}

/** One line per problem: where, what, and how to fix it. */
export function describeProblem(problem: ContentProblem): string {
  return `${problemLocation(problem)}: ${problem.problem} Cách sửa: ${problem.fix}`;
}

export class ContentError extends AstroError {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem | ContentProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    const message =
      list.length === 1
        ? describeProblem(list[0]!)
        : `Có ${list.length} lỗi nội dung:\n${list.map((p, i) => `${i + 1}. ${describeProblem(p)}`).join('\n')}`;
    super(message, list.map((p) => `${problemLocation(p)}: ${p.fix}`).join('\n'));
    this.name = 'ContentError';
    this.problems = list;
  }

  static is(error: unknown): error is ContentError {
    return error instanceof ContentError || (error instanceof Error && error.name === 'ContentError' && 'problems' in error);
  }
}
