/** Colour themes of the materials. Text/background pairs keep WCAG AA contrast. */
import type { Theme } from './types.ts';

export const THEMES = {
  tim: { id: 'tim', label: 'Tím', background: '#f6f0fb', primary: '#5b2a86', onPrimary: '#ffffff', text: '#1f1530', accent: '#f2b705' },
  cam: { id: 'cam', label: 'Cam', background: '#fff5ec', primary: '#b93d0c', onPrimary: '#ffffff', text: '#2a1408', accent: '#5b2a86' },
  'xanh-la': {
    id: 'xanh-la',
    label: 'Xanh lá',
    background: '#effaf6',
    primary: '#0f6b5c',
    onPrimary: '#ffffff',
    text: '#0c2620',
    accent: '#f2b705',
  },
  'xanh-duong': {
    id: 'xanh-duong',
    label: 'Xanh dương',
    background: '#eff5ff',
    primary: '#1d4aa8',
    onPrimary: '#ffffff',
    text: '#0d1b36',
    accent: '#f59e0b',
  },
} satisfies Record<string, Theme>;

export type ThemeId = keyof typeof THEMES;
