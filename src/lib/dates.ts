/** Dates in content are written dd/mm/yyyy (the Vietnamese convention) and validated strictly. */

export interface ViDate {
  day: number;
  month: number;
  year: number;
}

const VI_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

export function parseViDate(text: string): ViDate | null {
  const match = VI_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return null;
  }
  return { day, month, year };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatViDate(date: ViDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

export function toIsoDate(date: ViDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "ngày 29 tháng 11 năm 2006" — the long form used in administrative text. */
export function formatViDateLong(date: ViDate): string {
  return `ngày ${date.day} tháng ${date.month} năm ${date.year}`;
}

export function compareViDates(a: ViDate, b: ViDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
