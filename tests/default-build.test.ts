/**
 * A build without SITE_URL (as `npm start` makes) fakes no address: its print files carry no QR
 * code and no printed address, no page or file names a placeholder domain, and the build says
 * once, in Vietnamese, why there is no QR code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_SITE_URL_WARNING } from '../src/integrations/material-rendering';
import { htmlFiles, listFiles, readHtml } from '../src/lib/build-check/site-files';
import { DIST_DEFAULT, DIST_DEFAULT_LOG } from './support/paths';
import { decodeQr, pdfText } from './support/pdf';

/** A made-up host: the reserved .example domain, example.com/org/net, or this machine (not the word in data-example). */
const PLACEHOLDER = /\.example\b|\bexample\.(com|org|net)\b|localhost|127\.0\.0\.1/i;

describe('default build (no SITE_URL)', () => {
  it('says once that print files carry no QR code', () => {
    const log = readFileSync(DIST_DEFAULT_LOG, 'utf8');
    expect(log.split('Chưa đặt SITE_URL: ấn phẩm in không có mã QR').length - 1).toBe(1);
    expect(log).toContain(NO_SITE_URL_WARNING);
  });

  it('prints no QR code and no address on any PDF', async () => {
    const pdfs = listFiles(DIST_DEFAULT, '.pdf');
    expect(pdfs.length).toBeGreaterThanOrEqual(26);
    for (const pdf of pdfs) {
      expect(await decodeQr(pdf), pdf).toBeNull();
      const text = pdfText(pdf);
      expect(text, pdf).not.toMatch(PLACEHOLDER);
      expect(text, pdf).not.toMatch(/https?:|\.vn\b|\.com\b/);
      expect(text, pdf).not.toContain('Quét mã');
    }
  }, 300_000);

  it('names no placeholder address in any page, and leaves out the tags that need the real one', () => {
    for (const file of [...htmlFiles(DIST_DEFAULT), ...listFiles(DIST_DEFAULT, '.txt'), ...listFiles(DIST_DEFAULT, '.ics')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(PLACEHOLDER);
    }
    const page = readHtml(`${DIST_DEFAULT}/an-pham/index.html`);
    for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[property="og:image"]', 'link[rel="sitemap"]']) {
      expect(page.querySelector(selector), selector).toBeNull();
    }
  });
});
