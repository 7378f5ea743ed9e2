/** Site-relative paths (no leading slash, trailing slash) of every kind of page. */
export const routes = {
  home: () => '',
  library: () => 'van-ban/',
  libraryByLevel: (cap: string) => `van-ban/cap/${cap}/`,
  libraryByType: (loai: string) => `van-ban/loai/${loai}/`,
  lineage: () => 'van-ban/so-do/',
  document: (slug: string) => `van-ban/${slug}/`,
  explainers: () => 'huong-dan/',
  explainer: (slug: string) => `huong-dan/${slug}/`,
  glossary: () => 'thuat-ngu/',
  questions: () => 'hoi-dap/',
  materials: () => 'an-pham/',
  materialsBy: (facet: 'loai' | 'dip' | 'chu-de', value: string) => `an-pham/${facet}/${value}/`,
  material: (slug: string) => `an-pham/${slug}/`,
  schoolMaterials: () => 'an-pham/lam-an-pham-cua-truong/',
  materialTemplates: () => 'an-pham/mau-an-pham.json',
  about: () => 'gioi-thieu/',
  notes: () => 'ghi-chu/',
  note: (slug: string) => `ghi-chu/${slug}/`,
  toolkit: () => 'cong-cu/',
  tasks: () => 'cong-cu/viec-can-lam/',
  calendar: () => 'cong-cu/lich/',
  calendarFile: () => 'cong-cu/lich/lich-binh-dang-gioi.ics',
  calendarEventFile: (id: string) => `cong-cu/lich/${id}.ics`,
  modelPlan: () => 'cong-cu/ke-hoach-mau/',
  modelPlanLevel: (cap: string) => `cong-cu/ke-hoach-mau/${cap}/`,
  modelPlanExample: () => 'cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/',
  planGenerator: () => 'cong-cu/tao-ke-hoach/',
  search: () => 'tim-kiem/',
  siteMap: () => 'so-do-trang/',
} as const;

export interface NavItem {
  label: string;
  path: string;
}

export const mainNav: NavItem[] = [
  { label: 'Văn bản', path: routes.library() },
  { label: 'Hướng dẫn', path: routes.explainers() },
  { label: 'Thuật ngữ', path: routes.glossary() },
  { label: 'Hỏi đáp', path: routes.questions() },
  { label: 'Công cụ', path: routes.toolkit() },
  { label: 'Ấn phẩm', path: routes.materials() },
  { label: 'Giới thiệu', path: routes.about() },
];

/** Kinds of page, for search filters. */
export const PAGE_KIND = {
  'van-ban': 'Văn bản',
  'huong-dan': 'Hướng dẫn',
  'an-pham': 'Ấn phẩm',
  'cong-cu': 'Công cụ',
  trang: 'Trang thông tin',
} as const;
export type PageKind = keyof typeof PAGE_KIND;
