/** Components available in every explainer and answer without an import; each checks its target exists. */
import Dieu from './Dieu.astro';
import GhiChu from './GhiChu.astro';
import HuongDan from './HuongDan.astro';
import ThuatNgu from './ThuatNgu.astro';
import VanBan from './VanBan.astro';

export const mdxComponents = { Dieu, GhiChu, HuongDan, ThuatNgu, VanBan };
