/** What a person typed, kept in this browser only (localStorage) for the next visit. */
import type { SchoolForm } from '../../materials/personalise';
import type { SchoolLogo } from '../../materials/templates/types';

const KEY = 'an-pham-cua-truong';

export interface SavedSchool {
  form: SchoolForm;
  logo?: SchoolLogo & { fileName: string };
}

export function loadSchool(): SavedSchool | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as SavedSchool | null;
    return saved && typeof saved.form === 'object' ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** Saves, dropping the logo if the browser has no room for it. */
export function saveSchool(saved: SavedSchool): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    try {
      localStorage.setItem(KEY, JSON.stringify({ form: saved.form }));
    } catch {
      // Storage disabled or full: the form still works, it is just not remembered.
    }
  }
}

export function clearSchool(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
