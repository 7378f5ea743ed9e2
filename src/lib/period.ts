/**
 * Whether the period of a programme, strategy or plan has ended, as of a given day. Computed
 * when the site is built, so a page never says a finished programme is still running.
 */
export interface Period {
  tu?: number;
  den: number;
}

export interface PeriodStatus {
  ended: boolean;
  /** "Giai đoạn 2021–2025 đã kết thúc", "Giai đoạn 2021–2030", "Cho năm 2022 — đã qua", "Thời hạn đến năm 2030". */
  label: string;
}

export function periodStatus({ tu, den }: Period, today: Date): PeriodStatus {
  const ended = today.getFullYear() > den;
  if (tu === den) return { ended, label: ended ? `Cho năm ${den} — đã qua` : `Cho năm ${den}` };
  const span = tu === undefined ? `đến năm ${den}` : `${tu}–${den}`;
  if (tu === undefined) return { ended, label: ended ? `Thời hạn ${span} đã kết thúc` : `Thời hạn ${span}` };
  return { ended, label: ended ? `Giai đoạn ${span} đã kết thúc` : `Giai đoạn ${span}` };
}
