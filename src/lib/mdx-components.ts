/** Names of the components every explainer and answer can use without an import (src/components/mdx/). */
export const MDX_COMPONENTS = ['Dieu', 'GhiChu', 'HuongDan', 'ThuatNgu', 'VanBan'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];
