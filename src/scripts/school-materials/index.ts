/**
 * The only part of "Làm ấn phẩm của trường" a page loads up front: it shows the section and,
 * when the person presses the button, loads the renderer (Satori, fonts, pdfkit) and starts.
 */
export function attachSchoolMaterials(root: HTMLElement): void {
  const start = root.querySelector<HTMLButtonElement>('[data-start]')!;
  const progress = root.querySelector<HTMLElement>('[data-progress]')!;
  root.hidden = false;
  start.addEventListener('click', async () => {
    start.disabled = true;
    progress.textContent = 'Đang tải bộ vẽ ấn phẩm…';
    try {
      const { startSchoolMaterials } = await import('./app');
      await startSchoolMaterials(root, (text) => (progress.textContent = text));
      start.hidden = true;
    } catch {
      progress.textContent = 'Không tải được bộ vẽ ấn phẩm. Hãy kiểm tra kết nối mạng rồi bấm lại.';
      start.disabled = false;
    }
  });
}
