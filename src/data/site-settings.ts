/**
 * The site settings (content/cai-dat/trang-web.yaml) for the footer and the about page. Empty
 * fields stay empty; the build says once which ones are, so an operator notices before readers do.
 */
import { getEntry } from 'astro:content';
import { missingSettings, SITE_SETTING_LABELS, type SiteSettings } from '../lib/site-settings-schema';

export const SETTINGS_FILE = 'content/cai-dat/trang-web.yaml';

let loaded: Promise<SiteSettings> | undefined;

async function load(): Promise<SiteSettings> {
  const settings = (await getEntry('caiDat', 'trang-web'))?.data ?? {};
  const missing = missingSettings(settings);
  if (missing.length) {
    // On its own line: Astro may be in the middle of a line listing the pages it writes.
    console.warn(
      `\n[cài đặt trang] Chưa có ${missing.map((key) => SITE_SETTING_LABELS[key]).join(', ')} trong ${SETTINGS_FILE}: ` +
        'chân trang và trang Giới thiệu không hiện các mục này. Điền thông tin thật của đơn vị vận hành rồi dựng lại.',
    );
  }
  return settings;
}

/** Loaded (and checked) once per build or dev server. */
export function getSiteSettings(): Promise<SiteSettings> {
  loaded ??= load();
  return loaded;
}
