/**
 * "Làm ấn phẩm của trường" once started: the form, a live preview that follows the typing, the
 * problems before any download, and the downloads — the same files as the built material, made
 * by the same renderer (engine.ts) with the school's name, and with the QR code and address of
 * the site this page is served from.
 */
import type { ContentProblem } from '../../lib/content-error';
import { formatCm } from '../../lib/file-size';
import { capitalise } from '../../lib/vietnamese';
import { renderPrintPages, renderShareSvg, withFoldGuides, type MaterialJob, type PrintPage } from '../../materials/engine';
import { PRINT_DPI, PRINT_FORMATS, SHARE_FORMATS } from '../../materials/formats';
import { readLogo } from '../../materials/logo';
import { describeFile, plannedFiles, type PlannedFile } from '../../materials/output-files';
import {
  SCHOOL_FORM_FIELDS,
  personalisedJob,
  schoolFilePrefix,
  schoolFromForm,
  servedBase,
  type MaterialTemplate,
  type SchoolForm,
} from '../../materials/personalise';
import type { FontInput } from '../../materials/render/satori-render';
import { svgBlob, svgToPng } from './raster';
import { loadRenderer } from './renderer';
import { clearSchool, loadSchool, saveSchool, type SavedSchool } from './storage';

/** Pause in typing before the preview is redrawn. */
const TYPING_PAUSE_MS = 250;

interface Rendered {
  job: MaterialJob;
  pages: PrintPage[];
}

function el<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  return root.querySelector<T>(selector)!;
}

export async function startSchoolMaterials(root: HTMLElement, say: (text: string) => void): Promise<void> {
  const [fonts, templates] = await Promise.all([
    loadRenderer((done, total) => say(`Đang tải phông chữ và bộ vẽ: ${done}/${total} tệp…`)),
    fetch(root.dataset.templates!).then((response) => response.json() as Promise<{ materials: MaterialTemplate[] }>),
  ]);
  const form = el<HTMLFormElement>(root, 'form[data-form]');
  form.hidden = false;
  say('Đã sẵn sàng. Bản xem trước đổi theo chữ bạn gõ.');
  new SchoolMaterialForm(root, form, fonts, templates.materials).start();
}

class SchoolMaterialForm {
  private saved: SavedSchool;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: Rendered | undefined;
  private previewUrls: string[] = [];
  private readonly base = servedBase(location.origin, import.meta.env.BASE_URL);

  constructor(
    private readonly root: HTMLElement,
    private readonly form: HTMLFormElement,
    private readonly fonts: FontInput[],
    private readonly templates: MaterialTemplate[],
  ) {
    this.saved = loadSchool() ?? { form: { ten: '', coQuan: '', dongPhu: '' } };
  }

  start(): void {
    for (const { name } of SCHOOL_FORM_FIELDS) {
      const input = this.input(name);
      input.value = this.saved.form[name] ?? '';
      input.addEventListener('input', () => this.changed());
    }
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'material') this.changed(0);
    });
    el<HTMLInputElement>(this.form, 'input[name="logo"]').addEventListener('change', (event) =>
      this.chooseLogo(event.target as HTMLInputElement),
    );
    el<HTMLButtonElement>(this.form, '[data-remove-logo]').addEventListener('click', () => this.setLogo(undefined));
    el<HTMLButtonElement>(this.form, '[data-clear]').addEventListener('click', () => this.clear());
    this.showLogo();
    this.input('ten').focus();
    void this.render();
  }

  private input(name: keyof SchoolForm): HTMLInputElement {
    return el<HTMLInputElement>(this.form, `input[name="${name}"]`);
  }

  private template(): MaterialTemplate {
    const chosen = this.root.dataset.material ?? this.form.querySelector<HTMLInputElement>('input[name="material"]:checked')?.value;
    return this.templates.find((t) => t.slug === chosen) ?? this.templates[0]!;
  }

  private changed(delay = TYPING_PAUSE_MS): void {
    this.saved.form = Object.fromEntries(SCHOOL_FORM_FIELDS.map(({ name }) => [name, this.input(name).value])) as unknown as SchoolForm;
    this.store();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private async chooseLogo(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = readLogo(new Uint8Array(await file.arrayBuffer()));
    if ('problem' in result) {
      el(this.form, '[data-logo-status]').textContent = result.problem;
      return;
    }
    this.setLogo({ ...result.logo, fileName: `${file.name} (${result.type.toUpperCase()}, ${result.logo.width} × ${result.logo.height})` });
  }

  /** Keeps what was typed for the next visit; an empty form leaves nothing behind. */
  private store(): void {
    if (this.saved.logo || Object.values(this.saved.form).some((value) => value.trim() !== '')) saveSchool(this.saved);
    else clearSchool();
  }

  private setLogo(logo: SavedSchool['logo']): void {
    this.saved.logo = logo;
    this.showLogo();
    this.changed(0);
  }

  private showLogo(): void {
    el(this.form, '[data-logo-status]').textContent = this.saved.logo ? `Đã chọn logo: ${this.saved.logo.fileName}.` : '';
    el(this.form, '[data-remove-logo]').hidden = !this.saved.logo;
  }

  private clear(): void {
    this.saved = { form: { ten: '', coQuan: '', dongPhu: '' } };
    for (const { name } of SCHOOL_FORM_FIELDS) this.input(name).value = '';
    this.showLogo();
    this.changed(0);
  }

  private async render(): Promise<void> {
    const version = ++this.version;
    const template = this.template();
    const logo = this.saved.logo && { dataUrl: this.saved.logo.dataUrl, width: this.saved.logo.width, height: this.saved.logo.height };
    const { school, problems } = schoolFromForm(this.saved.form, logo, `an-pham/${template.slug}/`);
    el(this.form, '[data-hint]').hidden = school !== undefined || problems.length > 0;
    if (problems.length > 0) return this.showProblems(problems);
    const job = personalisedJob(template, school, this.base);
    const result = await renderPrintPages(job, this.fonts);
    if (version !== this.version) return;
    if (!result.value) return this.showProblems(result.problems);
    this.showProblems([]);
    this.current = { job, pages: result.value };
    this.showPreview(this.current);
    this.showDownloads(school ? this.current : undefined);
  }

  private showProblems(problems: ContentProblem[]): void {
    const box = el(this.form, '[data-problems]');
    box.replaceChildren();
    if (problems.length === 0) return;
    this.showDownloads(undefined);
    const list = document.createElement('ul');
    list.className = 'space-y-1 rounded border border-red-700 bg-white p-3 text-red-800';
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = `${problem.problem} ${capitalise(problem.fix)}`;
      list.append(item);
    }
    box.append(list);
  }

  private showPreview({ job, pages }: Rendered): void {
    for (const url of this.previewUrls) URL.revokeObjectURL(url);
    this.previewUrls = pages.map((page) => URL.createObjectURL(svgBlob(withFoldGuides(page))));
    const format = PRINT_FORMATS[job.size];
    const images = pages.map((page, i) => {
      const image = document.createElement('img');
      image.src = this.previewUrls[i]!;
      image.width = page.width;
      image.height = page.height;
      image.alt = `Bản xem trước${pages.length > 1 ? ` mặt ${i === 0 ? 'ngoài' : 'trong'}` : ''}: ${job.title}${job.school ? ` — ${job.school.ten}` : ''} (${formatCm(format.widthMm, format.heightMm)})`;
      image.className = 'h-auto max-h-[70vh] w-auto max-w-full border border-zinc-300 bg-white';
      return image;
    });
    el(this.form, '[data-preview]').replaceChildren(...images);
  }

  private showDownloads(rendered: Rendered | undefined): void {
    const box = el(this.form, '[data-downloads]');
    box.hidden = !rendered;
    const list = el(box, '[data-download-list]');
    list.replaceChildren();
    if (!rendered) return;
    const { job } = rendered;
    const files = plannedFiles(schoolFilePrefix(job.school!, job.slug), PRINT_FORMATS[job.size]).filter((f) => f.kind !== 'preview');
    for (const file of files) {
      const { name, size } = describeFile(file);
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rounded border border-brand-700 bg-white px-3 py-1 text-left';
      button.dataset.download = file.kind;
      button.textContent = `${name} — ${size}`;
      const status = document.createElement('span');
      status.className = 'ml-2 text-sm';
      status.setAttribute('role', 'status');
      button.addEventListener('click', () => void this.download(rendered, file, button, status));
      item.append(button, status);
      list.append(item);
    }
  }

  private async download(rendered: Rendered, file: PlannedFile, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
    button.disabled = true;
    status.textContent = 'Đang tạo tệp…';
    try {
      const blob = await this.make(rendered, file);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = file.file;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      status.textContent = `Đã tạo tệp ${file.file}.`;
    } catch {
      status.textContent = 'Không tạo được tệp này. Hãy thử lại.';
    } finally {
      button.disabled = false;
    }
  }

  private async make({ job, pages }: Rendered, file: PlannedFile): Promise<Blob> {
    switch (file.kind) {
      case 'pdf':
      case 'pdf-bleed':
        return (await import('./pdf')).pdfBlob(job, pages, this.fonts, file.kind === 'pdf-bleed');
      case 'png':
        return svgToPng(pages[file.page!]!.svg, file.width!, file.height!, PRINT_DPI);
      default:
        return svgToPng(await renderShareSvg(job, SHARE_FORMATS[file.share!], this.fonts), file.width!, file.height!);
    }
  }
}
