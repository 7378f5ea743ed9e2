/**
 * The real materials of content/an-pham as template inputs, read straight from the content files
 * (as the build would compose them), plus schools to personalise them with. Lets layout tests
 * render every material in every variant without a site build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { citationLine, type CitedDocument } from '../../src/lib/citation-line';
import { DIP_NGAN } from '../../src/lib/material-schema';
import type { MaterialSpec } from '../../src/materials/checks';
import { qrMatrix } from '../../src/materials/engine';
import { TONG_DAI_111 } from '../../src/materials/templates/hotline';
import { THEMES, sceneForTopics } from '../../src/materials/templates/index';
import type { SchoolIdentity, SiteLink, TemplateInput } from '../../src/materials/templates/types';
import { ROOT } from './paths';

export interface MaterialSample {
  slug: string;
  spec: MaterialSpec;
  input: TemplateInput;
}

function documents(): Map<string, CitedDocument> {
  const dir = path.join(ROOT, 'content/van-ban');
  return new Map(
    readdirSync(dir).map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, name), 'utf8'))![1]!;
      const data = parse(frontmatter) as CitedDocument;
      return [data.slug, data];
    }),
  );
}

export const SAMPLE_LINK: SiteLink = {
  address: 'truong.edu.vn/binh-dang-gioi',
  qr: qrMatrix('https://truong.edu.vn/binh-dang-gioi/an-pham/nguyen-tac-binh-dang-gioi/'),
};

/** A 1 × 1 PNG logo (validated by the caller in real use) at a typical intrinsic size. */
export const SAMPLE_LOGO = {
  dataUrl:
    'data:image/svg+xml;utf8,' +
    encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120"><circle cx="60" cy="60" r="56" fill="#c8102e"/><path d="M60 22l11 34h36l-29 21 11 34-29-21-29 21 11-34-29-21h36z" fill="#ffde00"/></svg>',
    ),
  width: 120,
  height: 120,
};

export const SCHOOLS: Record<'ngan' | 'dai', SchoolIdentity> = {
  ngan: { ten: 'Trường Mầm non Hoa Sen' },
  dai: {
    ten: 'Trường Trung học cơ sở Nguyễn Bỉnh Khiêm',
    coQuan: 'UBND phường Hoàng Mai',
    dongPhu: 'Năm học 2026–2027',
    logo: SAMPLE_LOGO,
  },
};

export function materialSamples(options: { school?: SchoolIdentity; link?: SiteLink; tongDai?: boolean } = {}): MaterialSample[] {
  const docs = documents();
  const dir = path.join(ROOT, 'content/an-pham');
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const data = parse(readFileSync(path.join(dir, name), 'utf8'));
      const canCu = citationLine(
        (data.canCu as { vanBan: string; dieu?: number; khoan?: number }[]).map((c) => ({
          doc: docs.get(c.vanBan)!,
          dieu: c.dieu,
          khoan: c.khoan,
        })),
      );
      const texts = {
        tieuDe: data.tieuDe,
        khauHieu: data.khauHieu,
        diemChinh: data.diemChinh ?? [],
        keuGoi: data.keuGoi,
        dip: DIP_NGAN[data.dip as keyof typeof DIP_NGAN],
        canCu,
        // As the content says; `tongDai` adds it to every material on violence.
        ...(data.tongDai111 || (options.tongDai && data.chuDe.includes('bao-luc-gioi')) ? { tongDai: TONG_DAI_111.ten } : {}),
      };
      const spec: MaterialSpec = {
        file: `content/an-pham/${name}`,
        template: data.mau,
        size: data.kichThuoc,
        texts,
        school: options.school,
      };
      const input: TemplateInput = {
        texts,
        school: options.school,
        theme: THEMES[data.chuDeMau as keyof typeof THEMES],
        illustration: sceneForTopics(data.chuDe),
        siteName: 'Bình đẳng giới trong trường học',
        link: options.link,
      };
      return { slug: data.slug as string, spec, input };
    });
}
