/**
 * The task checklist: ticks are kept in localStorage, progress is counted, and clearing every
 * tick asks first and can be undone (a year of ticks must not vanish with one stray tap).
 */
const KEY = 'viec-can-lam:v1';

function readSaved(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

function save(ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Private mode or full storage: ticks still work for this visit.
  }
}

export function attachChecklist(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-checklist]')!;
  const progress = root.querySelector<HTMLElement>('[data-progress]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]')!;
  const undoBar = root.querySelector<HTMLElement>('[data-undo-bar]')!;
  const undoText = undoBar.querySelector<HTMLElement>('[data-undo-text]')!;
  const undo = undoBar.querySelector<HTMLButtonElement>('[data-undo]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const ticked = () => boxes.filter((box) => box.checked).map((box) => box.value);
  let cleared: string[] = [];

  function show(): void {
    const done = ticked().length;
    progress.textContent = `Đã xong ${done}/${boxes.length} việc`;
    clear.disabled = done === 0;
  }
  function setTicks(ids: string[]): void {
    for (const box of boxes) box.checked = ids.includes(box.value);
    save(ticked());
    show();
  }

  const saved = readSaved();
  for (const box of boxes) box.checked = saved.includes(box.value);
  show();

  form.addEventListener('change', () => {
    save(ticked());
    undoBar.hidden = true;
    show();
  });
  clear.addEventListener('click', () => {
    const before = ticked();
    if (before.length === 0) return;
    if (!window.confirm(`Bỏ dấu đánh của cả ${before.length} việc đã xong? Sau khi bỏ, bạn vẫn hoàn tác được.`)) return;
    cleared = before;
    setTicks([]);
    undoText.textContent = `Đã bỏ ${before.length} dấu đánh.`;
    undoBar.hidden = false;
    undo.focus();
  });
  undo.addEventListener('click', () => {
    setTicks(cleared);
    undoBar.hidden = true;
    progress.focus();
  });
  root.querySelector<HTMLButtonElement>('[data-print]')!.addEventListener('click', () => window.print());
}
