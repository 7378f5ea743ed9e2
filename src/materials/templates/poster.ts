/** Áp-phích A4/A3 portrait. */
import { portraitTemplate } from './portrait.ts';

export const poster = portraitTemplate({
  id: 'ap-phich',
  label: 'Áp-phích',
  formats: ['a4', 'a3'],
  margin: 52,
  qrSize: 132,
  maxPoints: 4,
  dip: [17, 2],
  tieuDe: [58, 3],
  point: [22, 3],
  keuGoi: [25, 2],
  canCu: [14, 3],
  topBand: false,
  gap: { title: 14, rule: 24, ruleWidth: 120, points: 28, pointGap: 14, footer: 24 },
});
