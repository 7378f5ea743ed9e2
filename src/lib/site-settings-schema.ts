/**
 * Who runs the site, in content/cai-dat/trang-web.yaml: shown in every page's footer and on the
 * about page. Every field may be left empty; an empty field is simply not shown (never a made-up
 * name or address), and the build says once which ones are missing.
 */
import { z } from 'astro/zod';
import { viText } from './content-schema';

const email = () => z.email('email phải có dạng ten@truong.edu.vn');
const phone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .()-]{5,18}[0-9]$/, 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm hoặc gạch ngang, ví dụ "024 3123 4567"');
const httpsUrl = () => z.url({ protocol: /^https$/, error: 'địa chỉ trang góp ý phải bắt đầu bằng https://' });

export const siteSettingsSchema = z.strictObject({
  /** The school, office or group that runs the site, e.g. "Trường Tiểu học …". */
  donViVanHanh: viText().nullish(),
  email: email().nullish(),
  dienThoai: phone().nullish(),
  /** Where readers send corrections and feedback: an email or an https page (a form). */
  gopY: z.union([email(), httpsUrl()], { error: 'góp ý phải là một email hoặc một địa chỉ trang bắt đầu bằng https://' }).nullish(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** The fields an editor can fill, with what the footer calls them (also the build's warning). */
export const SITE_SETTING_LABELS: Record<keyof SiteSettings, string> = {
  donViVanHanh: 'đơn vị vận hành',
  email: 'email liên hệ',
  dienThoai: 'điện thoại liên hệ',
  gopY: 'nơi nhận góp ý',
};

/** Fields left empty, in the order above. */
export function missingSettings(settings: SiteSettings): (keyof SiteSettings)[] {
  return (Object.keys(SITE_SETTING_LABELS) as (keyof SiteSettings)[]).filter((key) => !settings[key]);
}

/** A link for the feedback channel: mailto for an email, the page itself otherwise. */
export function feedbackHref(gopY: string): string {
  return gopY.includes('@') && !gopY.startsWith('https://') ? `mailto:${gopY}` : gopY;
}
