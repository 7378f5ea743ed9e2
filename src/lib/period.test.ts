import { describe, expect, it } from 'vitest';
import { periodStatus } from './period';

const day = (iso: string) => new Date(`${iso}T12:00:00+07:00`);

describe('periodStatus', () => {
  it('says a 2021–2025 programme has ended once 2025 is over', () => {
    expect(periodStatus({ tu: 2021, den: 2025 }, day('2026-11-29'))).toEqual({ ended: true, label: 'Giai đoạn 2021–2025 đã kết thúc' });
    expect(periodStatus({ tu: 2021, den: 2025 }, day('2025-12-31'))).toEqual({ ended: false, label: 'Giai đoạn 2021–2025' });
  });

  it('keeps a running strategy running, without claiming more', () => {
    expect(periodStatus({ tu: 2021, den: 2030 }, day('2026-11-29'))).toEqual({ ended: false, label: 'Giai đoạn 2021–2030' });
  });

  it('names a one-year guidance and an open-start programme', () => {
    expect(periodStatus({ tu: 2022, den: 2022 }, day('2026-11-29')).label).toBe('Cho năm 2022 — đã qua');
    expect(periodStatus({ den: 2030 }, day('2026-11-29')).label).toBe('Thời hạn đến năm 2030');
    expect(periodStatus({ den: 2025 }, day('2026-01-01'))).toEqual({ ended: true, label: 'Thời hạn đến năm 2025 đã kết thúc' });
  });
});
