/**
 * "Sao chép liên kết" buttons: copy the page URL with the button's anchor. Falls back to a prompt
 * holding the URL when the Clipboard API is missing or refused.
 */
export function attachCopyLinks(root: Document | HTMLElement): void {
  root.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy-link]') : null;
    if (!button) return;
    const url = location.origin + location.pathname + button.getAttribute('data-copy-link');
    const status = button.querySelector('[data-status]');
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = 'Đã sao chép';
    } catch {
      window.prompt('Sao chép liên kết này:', url);
    }
    setTimeout(() => status && (status.textContent = ''), 2500);
  });
}
