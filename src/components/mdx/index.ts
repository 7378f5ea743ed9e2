/** Components available in every explainer and answer without an import; each checks its target exists. */
import type { MdxComponentName } from '../../lib/mdx-components';
import Dieu from './Dieu.astro';
import GhiChu from './GhiChu.astro';
import HuongDan from './HuongDan.astro';
import ThuatNgu from './ThuatNgu.astro';
import VanBan from './VanBan.astro';

/** Exactly the names of MDX_COMPONENTS, which the content check accepts in MDX files. */
export const mdxComponents = { Dieu, GhiChu, HuongDan, ThuatNgu, VanBan } satisfies Record<MdxComponentName, unknown>;
