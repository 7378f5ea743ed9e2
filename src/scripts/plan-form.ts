/**
 * The generator form: keeps what was typed in localStorage, shows the fields and suggestions of
 * the chosen document type and level, checks the values with the shared rules and, only on a
 * valid submit, loads the docx code (a separate chunk) to build the file.
 */
import { fieldApplies, PLAN_FIELDS, type PlanFormValues } from '../lib/plan-fields';
import { schoolYearOf, validatePlanForm, type Activity, type FieldErrors, type PlanTemplate } from '../lib/plan';

const KEY = 'tao-ke-hoach:v1';
const NAMES = PLAN_FIELDS.map((field) => field.name);

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function attachPlanForm(form: HTMLFormElement): void {
  const { template, activities } = JSON.parse(document.getElementById('du-lieu-ke-hoach')!.textContent!) as {
    template: PlanTemplate;
    activities: Activity[];
  };
  const summary = document.getElementById('tom-tat-loi')!;
  const status = document.getElementById('trang-thai')!;
  const boxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="hoatDong"]')];
  const control = (name: string) => form.elements.namedItem(name) as Control | RadioNodeList | null;

  function read(): PlanFormValues {
    const data = new FormData(form);
    const values = Object.fromEntries(NAMES.map((name) => [name, String(data.get(name) ?? '')])) as Omit<PlanFormValues, 'hoatDong'>;
    return { ...values, hoatDong: data.getAll('hoatDong').map(String) };
  }

  function restore(): void {
    let saved: Partial<Record<string, unknown>> | null;
    try {
      saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    } catch {
      saved = null;
    }
    if (saved) {
      for (const name of NAMES) {
        const field = control(name);
        if (field && typeof saved[name] === 'string') field.value = saved[name] as string;
      }
      const chosen = saved.hoatDong;
      if (Array.isArray(chosen)) for (const box of boxes()) box.checked = chosen.includes(box.value);
    }
    // A link from a model plan ("?cap=thcs") chooses the level and a plan.
    const cap = new URLSearchParams(location.search).get('cap');
    const level = control('capHoc') as HTMLSelectElement;
    if (cap && [...level.options].some((option) => option.value === cap)) {
      level.value = cap;
      (control('loai') as RadioNodeList).value = 'ke-hoach';
    }
    // The school year of the day the page is used, not of the day the site was built.
    const year = control('namHoc') as HTMLInputElement;
    if (!year.value) year.value = schoolYearOf(new Date());
  }

  function save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(read()));
    } catch {
      // Storage unavailable: the form still works for this visit.
    }
  }

  /** Fields and suggestions of the chosen document type and level only. */
  function adapt(): void {
    const { loai, capHoc } = read();
    for (const block of form.querySelectorAll<HTMLElement>('[data-only]')) block.hidden = !block.dataset.only!.split(' ').includes(loai);
    for (const field of PLAN_FIELDS) {
      const wrapper = document.getElementById(`truong-${field.name}`);
      if (wrapper && !wrapper.dataset.only) wrapper.hidden = !fieldApplies(field, loai);
    }
    for (const level of form.querySelectorAll<HTMLElement>('[data-level]')) level.hidden = level.dataset.level !== capHoc;
    form.querySelector<HTMLElement>('[data-no-level]')!.hidden = Boolean(capHoc);
    const learners = template.learners[capHoc as keyof typeof template.learners] ?? template.learners['mam-non'];
    for (const button of form.querySelectorAll<HTMLButtonElement>('[data-example]')) {
      button.textContent = button.dataset.example!.replaceAll('{nguoiHoc}', learners);
    }
  }

  function showErrors(errors: FieldErrors): void {
    const entries = Object.entries(errors) as [string, string][];
    for (const name of [...NAMES, 'hoatDong']) {
      const message = errors[name as keyof FieldErrors];
      const slot = document.getElementById(`loi-${name}`);
      if (slot) {
        slot.textContent = message ?? '';
        slot.hidden = !message;
      }
      const target = name === 'hoatDong' ? document.getElementById('chon-hoat-dong') : (control(name) as HTMLElement | null);
      if (target && name !== 'loai') target.setAttribute('aria-invalid', message ? 'true' : 'false');
    }
    summary.hidden = entries.length === 0;
    summary.querySelector('ul')!.replaceChildren(
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
  adapt();
  form.addEventListener('input', save);
  form.addEventListener('change', () => {
    save();
    adapt();
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-chon]')) {
    button.addEventListener('click', () => {
      for (const box of boxes()) box.checked = button.dataset.chon === 'tat-ca';
      save();
    });
  }
  const targets = control('chiTieu') as HTMLTextAreaElement;
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-example]')) {
    button.addEventListener('click', () => {
      const line = button.textContent!.trim();
      if (targets.value.length + line.length + 1 > targets.maxLength) return;
      targets.value = targets.value.trim() ? `${targets.value.trimEnd()}\n${line}` : line;
      save();
      targets.focus();
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = validatePlanForm(read(), activities);
    if (!result.ok) {
      showErrors(result.errors);
      status.textContent = '';
      return;
    }
    showErrors({});
    status.textContent = 'Đang tạo tệp Word…';
    try {
      const { createDocx } = await import('./plan-download');
      const { blob, fileName } = await createDocx(result.input, template);
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
}
