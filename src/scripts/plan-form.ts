/**
 * The generator form: keeps what was typed in localStorage, checks it with the shared rules
 * and, only on a valid submit, loads the docx code (a separate chunk) to build the file.
 */
import { validatePlanForm, type Activity, type FieldErrors, type PlanFormValues } from '../lib/plan';

const KEY = 'tao-ke-hoach:v1';
const form = document.getElementById('tao-ke-hoach') as HTMLFormElement;
const summary = document.getElementById('tom-tat-loi')!;
const status = document.getElementById('trang-thai')!;
const TEXT_FIELDS = [
  'loai',
  'tenTruong',
  'capHoc',
  'xaPhuong',
  'tinhThanh',
  'coQuanChuQuan',
  'hieuTruong',
  'namHoc',
  'soVanBan',
  'vietTat',
] as const;

const activityBoxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="hoatDong"]')];
const activities = (): Activity[] =>
  activityBoxes().map((box) => ({ id: box.value, title: box.dataset.title!, phaseLabel: box.dataset.phase! }));

function readForm(): PlanFormValues {
  const data = new FormData(form);
  const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(data.get(name) ?? '')])) as Omit<PlanFormValues, 'hoatDong'>;
  return { ...values, hoatDong: data.getAll('hoatDong').map(String) };
}

function restore(): void {
  let saved: Partial<PlanFormValues> | null;
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    saved = null;
  }
  if (!saved) return;
  for (const name of TEXT_FIELDS) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | RadioNodeList | null;
    if (field && typeof saved[name] === 'string') field.value = saved[name]!;
  }
  if (Array.isArray(saved.hoatDong)) for (const box of activityBoxes()) box.checked = saved.hoatDong.includes(box.value);
}

function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(readForm()));
  } catch {
    // Storage unavailable: the form still works for this visit.
  }
}

function showErrors(errors: FieldErrors): void {
  const entries = Object.entries(errors) as [keyof PlanFormValues, string][];
  for (const name of [...TEXT_FIELDS, 'hoatDong'] as const) {
    const message = errors[name];
    const slot = document.getElementById(`loi-${name}`)!;
    slot.textContent = message ?? '';
    slot.hidden = !message;
    const target = name === 'hoatDong' ? document.getElementById('chon-hoat-dong') : (form.elements.namedItem(name) as HTMLElement | null);
    if (target && name !== 'loai') target.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  summary.hidden = entries.length === 0;
  const list = summary.querySelector('ul')!;
  list.replaceChildren(
    ...entries.map(([name, message]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#truong-${name}`;
      link.textContent = message;
      item.append(link);
      return item;
    }),
  );
  if (entries.length > 0) summary.focus();
}

restore();
form.addEventListener('input', save);
form.addEventListener('change', save);
for (const button of form.querySelectorAll<HTMLButtonElement>('[data-chon]')) {
  button.addEventListener('click', () => {
    for (const box of activityBoxes()) box.checked = button.dataset.chon === 'tat-ca';
    save();
  });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = validatePlanForm(readForm(), activities());
  if (!result.ok) {
    showErrors(result.errors);
    status.textContent = '';
    return;
  }
  showErrors({});
  status.textContent = 'Đang tạo tệp Word…';
  try {
    const { createDocx } = await import('./plan-download');
    const { blob, fileName } = await createDocx(result.input);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Đã tạo tệp ${fileName}. Mở bằng Word hoặc LibreOffice để sửa và in.`;
  } catch (error) {
    status.textContent = `Không tạo được tệp: ${error instanceof Error ? error.message : String(error)}`;
  }
});
