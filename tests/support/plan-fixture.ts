/**
 * The real wording (content/mau-van-ban/) and task list (content/viec-can-lam/), loaded without
 * Astro for the unit, docx and browser tests, and a filled-in form.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { basisLine, type BasisDocument } from '../../src/lib/basis-line';
import type { Activity, PlanFormValues, PlanTemplate } from '../../src/lib/plan';
import { planTemplateSchema } from '../../src/lib/plan-template-schema';
import { toActivities, toPlanTemplate } from '../../src/lib/plan-template';
import { taskSchema } from '../../src/lib/toolkit-schema';
import { ROOT } from './paths';

const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!) as BasisDocument;

export async function loadTemplate(): Promise<PlanTemplate> {
  const data = planTemplateSchema.parse(parse(readFileSync(path.join(ROOT, 'content/mau-van-ban/ke-hoach-bao-cao.yaml'), 'utf8')));
  return toPlanTemplate(data, {
    basisLines: async (slugs) =>
      slugs.map((slug) => {
        const result = basisLine(frontmatter(path.join(ROOT, 'content/van-ban', `${slug}.md`)));
        if (!result.ok) throw new Error(`${slug}: ${result.missing}`);
        return result.line;
      }),
    cite: async (ref) => ({ label: ref.vanBan, path: `van-ban/${ref.vanBan}/` }),
  });
}

export function loadActivities(): Activity[] {
  const folder = path.join(ROOT, 'content/viec-can-lam');
  return toActivities(
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...taskSchema.parse(parse(readFileSync(path.join(folder, name), 'utf8'))) })),
  );
}

export const VALUES: PlanFormValues = {
  loai: 'ke-hoach',
  tenTruong: 'Trường Mầm non Hồng Dương',
  capHoc: 'mam-non',
  coQuanChuQuan: 'Ủy ban nhân dân xã Hồng Dương',
  xaPhuong: 'xã Hồng Dương',
  tinhThanh: 'thành phố Hà Nội',
  hieuTruong: 'Nguyễn Thị Bích Hòa',
  namHoc: '2026 - 2027',
  soVanBan: '15',
  vietTat: 'MNHD',
  hanBaoCao6Thang: '10/6',
  hanBaoCaoNam: '20/11',
  canCuDiaPhuong: '',
  chiTieu: '',
  hoatDong: ['xay-dung-ke-hoach', 'ngay-gia-dinh', 'bao-cao-6-thang', 'thang-hanh-dong', 'ngay-8-3-20-3', 'truyen-thong-can-bo'],
};
