/** Standee 60 × 160 cm: a tall poster read standing, larger type, up to five points. */
import { portraitTemplate } from './portrait.ts';

export const standee = portraitTemplate({
  id: 'standee',
  label: 'Standee',
  formats: ['standee-60x160'],
  margin: 40,
  qrSize: 150,
  maxPoints: 5,
  dip: [18, 2],
  tieuDe: [52, 4],
  point: [23, 4],
  keuGoi: [25, 3],
  canCu: [13, 4],
  topBand: true,
  gap: { title: 16, rule: 28, ruleWidth: 110, points: 40, pointGap: 22, footer: 28 },
});
