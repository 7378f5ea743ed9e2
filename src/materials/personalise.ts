/**
 * A material made for one school ("Làm ấn phẩm của trường"): what a person types becomes the
 * school identity of a render job. Portable: the browser builds its jobs with it and the tests
 * build the same job in Node to compare the two renders byte for byte.
 */
import type { ContentProblem } from '../lib/content-error.ts';
import { SITE_NAME, shortAddress } from '../lib/site.ts';
import { routes } from '../lib/routes.ts';
import { slugify } from '../lib/vietnamese.ts';
import type { MaterialJob } from './engine.ts';
import { fieldLabel } from './checks.ts';
import type { SchoolField, SchoolIdentity, SchoolLogo } from './templates/types.ts';

/** A material as the build publishes it for personalising (an-pham/mau-an-pham.json). */
export type MaterialTemplate = Pick<MaterialJob, 'slug' | 'title' | 'template' | 'size' | 'theme' | 'illustration' | 'texts'>;

/** The school fields of the form, as typed. */
export interface SchoolForm {
  ten: string;
  coQuan: string;
  dongPhu: string;
}

/** The form's fields, named as the checks name them in messages (fieldLabel). */
export const SCHOOL_FORM_FIELDS: { name: keyof SchoolForm; field: SchoolField; label: string; maxLength: number }[] = (
  [
    ['ten', 'truong.ten'],
    ['coQuan', 'truong.coQuan'],
    ['dongPhu', 'truong.dongPhu'],
  ] as const
).map(([name, field]) => ({ name, field, label: fieldLabel(field), maxLength: 150 }));

/** NFC (phones and Word often type NFD), no control characters, single spaces, no spaces at the ends. */
export function cleanLine(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The school of the form, or none while no name is typed. Lines far longer than any box are
 * refused here, before they reach the renderer (a pasted page of text must not freeze the page).
 */
export function schoolFromForm(
  form: SchoolForm,
  logo: SchoolLogo | undefined,
  file: string,
): { school?: SchoolIdentity; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const values: Partial<Record<keyof SchoolForm, string>> = {};
  for (const { name, field, label, maxLength } of SCHOOL_FORM_FIELDS) {
    const value = cleanLine(form[name]);
    if ([...value].length > maxLength) {
      problems.push({
        file,
        field,
        problem: `${label} dài ${[...value].length} ký tự, quá ${maxLength} ký tự.`,
        fix: 'hãy viết ngắn lại.',
      });
    } else if (value) values[name] = value;
  }
  if (!values.ten || problems.length > 0) return { problems };
  return { school: { ten: values.ten, coQuan: values.coQuan, dongPhu: values.dongPhu, logo }, problems };
}

/** The address the page is served from: origin and base path, e.g. "https://truong.edu.vn/binh-dang-gioi/". */
export function servedBase(origin: string, basePath: string): string {
  return origin + (basePath.endsWith('/') ? basePath : `${basePath}/`);
}

/** The render job of a material for a school, with QR code and address of where the site is served from. */
export function personalisedJob(material: MaterialTemplate, school: SchoolIdentity | undefined, base: string): MaterialJob {
  const page = routes.material(material.slug);
  return {
    ...material,
    file: page,
    school,
    pageUrl: new URL(page, base).href,
    siteAddress: shortAddress(base),
    siteName: SITE_NAME,
  };
}

/** Downloaded files start with the school: "truong-mam-non-hoa-sen-…". */
export const schoolFilePrefix = (school: SchoolIdentity, slug: string) => `${slugify(school.ten).slice(0, 60).replace(/-+$/, '')}-${slug}`;
