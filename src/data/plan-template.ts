/**
 * The wording of the generated plan and reports (content/mau-van-ban/ke-hoach-bao-cao.yaml) and
 * the activities to choose from (content/viec-can-lam/), checked and resolved against the library:
 * placeholders exist, every task's group exists, căn cứ lines are written from the documents'
 * data, every cited article or paragraph exists. Broken content fails the build.
 */
import { getCollection } from 'astro:content';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { basisLine } from '../lib/basis-line';
import { placeholderProblems, toActivities, toPlanTemplate } from '../lib/plan-template';
import type { Activity, PlanTemplate } from '../lib/plan';
import { routes } from '../lib/routes';
import { getCatalog, resolveCitation } from './catalog';
import { resolveSources } from './toolkit';

const TEMPLATE_ID = 'ke-hoach-bao-cao';
export const TEMPLATE_FILE = `content/mau-van-ban/${TEMPLATE_ID}.yaml`;

async function basisLines(slugs: string[]): Promise<string[]> {
  const catalog = await getCatalog();
  return slugs.map((slug, i) => {
    const doc = catalog.bySlug.get(slug);
    const field = `canCu.vanBan[${i}]`;
    if (!doc) {
      throw new ContentError({
        file: TEMPLATE_FILE,
        field,
        problem: `không có văn bản nào có slug "${slug}".`,
        fix: 'dùng slug của một tệp trong content/van-ban/.',
      });
    }
    const result = basisLine(doc.data);
    if (!result.ok) {
      throw new ContentError({
        file: TEMPLATE_FILE,
        field,
        problem: `${doc.data.tenNgan} không có ${result.missing === 'soHieu' ? 'số hiệu' : 'ngày ban hành'} nên không viết được dòng căn cứ.`,
        fix: 'chọn văn bản có đủ số hiệu và ngày ban hành trong thư viện, hoặc bỏ văn bản này khỏi danh sách.',
      });
    }
    return result.line;
  });
}

let cached: Promise<{ template: PlanTemplate; activities: Activity[] }> | undefined;

/** The generator's wording and the activities it offers, checked against the library and the task list. */
export function getPlanTemplate(): Promise<{ template: PlanTemplate; activities: Activity[] }> {
  cached ??= load();
  return cached;
}

async function load() {
  const entry = (await getCollection('mauVanBan')).find((e) => e.id === TEMPLATE_ID);
  if (!entry) {
    throw new ContentError({
      file: TEMPLATE_FILE,
      problem: 'không có tệp lời của kế hoạch và báo cáo.',
      fix: 'tạo lại tệp này (xem lịch sử của dự án).',
    });
  }
  const data = entry.data;
  const problems: ContentProblem[] = placeholderProblems(data, TEMPLATE_FILE);
  const ids = data.nhomViec.map((g) => g.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problems.push({ file: TEMPLATE_FILE, field: `nhomViec[${i}].id`, problem: `nhóm "${id}" bị trùng.`, fix: 'đặt mã nhóm khác nhau.' });
  });
  const tasks = await getCollection('viecCanLam');
  for (const task of tasks) {
    if (!ids.includes(task.data.nhom)) {
      problems.push({
        file: task.filePath ?? `content/viec-can-lam/${task.id}.yaml`,
        field: 'nhom',
        problem: `không có nhóm việc "${task.data.nhom}".`,
        fix: `dùng một trong các nhóm của ${TEMPLATE_FILE}: ${ids.join(', ')}.`,
      });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  const template = await toPlanTemplate(data, {
    basisLines,
    async cite(ref, field) {
      if ('doan' in ref) {
        const [source] = await resolveSources([ref], TEMPLATE_FILE, field);
        return { label: source!.shortLabel, path: source!.path };
      }
      const resolved = await resolveCitation(ref, TEMPLATE_FILE, field);
      return { label: resolved.label, path: `${routes.document(ref.vanBan)}${resolved.anchor ? `#${resolved.anchor}` : ''}` };
    },
  });
  return { template, activities: toActivities(tasks.map((task) => ({ id: task.id, ...task.data }))) };
}
