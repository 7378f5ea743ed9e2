/** The toolkit pages in the built site: cited paragraphs exist, calendar files are valid, the generator stays light. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_BASE, BASE_PATH, TEST_SITE_URL } from './support/paths';
import { fileForUrlPath, listFiles, readHtml } from '../src/lib/build-check/site-files';
import { pageScripts, scriptBytes } from './support/search-loader';

const page = (dist: string, urlPath: string) => {
  const file = fileForUrlPath(dist, urlPath);
  if (!file) throw new Error(`no page for ${urlPath}`);
  return readHtml(file);
};

/** Every link to a document paragraph (#muc-…, #ghi-chu-bien-tap) resolves to an element with that id. */
function checkParagraphLinks(dist: string, base: string, urlPath: string): number {
  const links = page(dist, urlPath)
    .querySelectorAll('a[href*="/van-ban/"]')
    .map((a) => a.getAttribute('href')!)
    .filter((href) => href.includes('#'));
  for (const href of links) {
    expect(href.startsWith(`${base}van-ban/`), href).toBe(true);
    const [target, anchor] = href.slice(base.length - 1).split('#');
    expect(page(dist, target!).getElementById(anchor!), href).not.toBeNull();
  }
  return links.length;
}

describe('paragraph anchors on document pages', () => {
  it('CV 85 and the Hồng Dương plan carry ids derived from their numbering', () => {
    const cv85 = page(DIST, '/van-ban/cv-85-gddt-tccb-2022-van-giang/');
    expect(cv85.getElementById('muc-1-gach-3')!.text).toMatch(/^- Xây dựng kế hoạch triển khai thực hiện Chiến lược/);
    const plan = page(DIST, '/van-ban/ke-hoach-mn-hong-duong/');
    expect(plan.getElementById('muc-3-5')!.text).toContain('từ 15/11 đến 15/12');
    expect(plan.getElementById('ghi-chu-bien-tap')!.text).toContain('Ngày 25/11 là Ngày quốc tế xóa bỏ bạo lực đối với phụ nữ');
  });
});

describe('việc cần làm', () => {
  it('lists every task with a tick box and links each to an existing paragraph', () => {
    const html = page(DIST, '/cong-cu/viec-can-lam/');
    const boxes = html.querySelectorAll('input[type=checkbox][name=viec]');
    expect(boxes.length).toBe(listFiles(path.resolve('content/viec-can-lam'), '.yaml').length);
    expect(html.querySelectorAll('fieldset legend').map((l) => l.text)[0]).toBe('Đầu năm học (tháng 8 – tháng 10)');
    expect(checkParagraphLinks(DIST, '/', '/cong-cu/viec-can-lam/')).toBeGreaterThanOrEqual(boxes.length);
    expect(checkParagraphLinks(DIST_BASE, BASE_PATH, '/cong-cu/viec-can-lam/')).toBeGreaterThanOrEqual(boxes.length);
    // Each group of CV 85 is cited at least once.
    const cited = html
      .querySelectorAll('a[href*="cv-85-gddt-tccb-2022-van-giang/#muc-"]')
      .map((a) => a.getAttribute('href')!.split('#muc-')[1]![0]);
    expect(new Set(cited)).toEqual(new Set(['1', '2', '3']));
  });

  it('never states the Action Month as 25/11 – 25/12: only quoted verbatim or flagged as a slip', () => {
    for (const url of ['/cong-cu/viec-can-lam/', '/cong-cu/lich/', '/cong-cu/ke-hoach-mau/', '/cong-cu/tao-ke-hoach/']) {
      const main = page(DIST, url).querySelector('main')!;
      for (const quote of main.querySelectorAll('blockquote')) quote.remove();
      const sentences = main.text.split(/(?<=[.;])\s+/).filter((s) => /25\/11 đến 25\/12/.test(s));
      for (const sentence of sentences) expect(sentence, url).toMatch(/nhầm/);
    }
  });
});

interface Expected {
  start: string;
  end: string;
  alarm: boolean;
}
const EXPECTED: Record<string, Expected> = {
  'quoc-te-phu-nu': { start: '03-08', end: '03-09', alarm: false },
  'quoc-te-hanh-phuc': { start: '03-20', end: '03-21', alarm: false },
  'han-bao-cao-6-thang': { start: '06-10', end: '06-11', alarm: true },
  'gia-dinh-viet-nam': { start: '06-28', end: '06-29', alarm: false },
  'thang-hanh-dong': { start: '11-15', end: '12-16', alarm: false },
  'han-bao-cao-nam': { start: '11-20', end: '11-21', alarm: true },
  'xoa-bo-bao-luc-phu-nu': { start: '11-25', end: '11-26', alarm: false },
};

function parseIcs(file: string) {
  const text = readFileSync(file, 'utf8');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('lịch', () => {
  const year = new Date().getUTCFullYear();

  it('the full .ics holds every date, all-day, yearly, with a 7-day reminder on deadlines only', () => {
    const events = parseIcs(path.join(DIST, 'cong-cu/lich/lich-binh-dang-gioi.ics'));
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const event of events) {
      const id = event.uid.split('@')[0]!;
      expect(event.uid).toBe(`${id}@${new URL(TEST_SITE_URL).host}`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(`${year}-${EXPECTED[id]!.start}`);
      expect(event.endDate.toString()).toBe(`${year}-${EXPECTED[id]!.end}`);
      expect((event.component.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('YEARLY');
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const alarms = event.component.getAllSubcomponents('valarm');
      expect(alarms.length, id).toBe(EXPECTED[id]!.alarm ? 1 : 0);
      if (alarms.length) expect((alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-7 * 86400);
      expect(event.description).toMatch(/Nguồn: .+ — https:\/\/truong\.example\.edu\.vn\/van-ban\/.+#(muc-|ghi-chu-bien-tap)/);
      expect(event.description).not.toContain('25/12');
    }
  });

  it('one .ics per event, and an "add to Google Calendar" link per event on the page', () => {
    const html = page(DIST, '/cong-cu/lich/');
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const [event] = parseIcs(path.join(DIST, `cong-cu/lich/${id}.ics`));
      expect(event!.startDate.toString()).toBe(`${year}-${expected.start}`);
      const item = html.getElementById(id)!;
      expect(item.querySelector(`a[href="/cong-cu/lich/${id}.ics"]`)).not.toBeNull();
      const google = new URL(item.querySelector('a[href^="https://calendar.google.com/"]')!.getAttribute('href')!);
      expect(google.searchParams.get('dates')).toBe(`${year}${expected.start.replace('-', '')}/${year}${expected.end.replace('-', '')}`);
      expect(google.searchParams.get('recur')).toBe('RRULE:FREQ=YEARLY');
    }
    expect(checkParagraphLinks(DIST, '/', '/cong-cu/lich/')).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
  });

  it('works under a sub-folder: file links and source URLs carry the base path', () => {
    const html = page(DIST_BASE, '/cong-cu/lich/');
    expect(html.querySelector(`a[href="${BASE_PATH}cong-cu/lich/lich-binh-dang-gioi.ics"]`)).not.toBeNull();
    const [event] = parseIcs(path.join(DIST_BASE, 'cong-cu/lich/thang-hanh-dong.ics'));
    expect(event!.description).toContain(`${TEST_SITE_URL}${BASE_PATH}van-ban/ke-hoach-mn-hong-duong/#muc-3-5`);
  });
});

describe('kế hoạch mẫu', () => {
  it('shows the four sections of the model plan, each with the project note and its source', () => {
    const html = page(DIST, '/cong-cu/ke-hoach-mau/');
    expect(html.querySelectorAll('main h2').map((h) => h.text.trim().replace(/\s+/g, ' '))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'III. NỘI DUNG',
      'IV. GIẢI PHÁP THỰC HIỆN',
      'VI. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(html.querySelectorAll('aside').filter((a) => a.text.includes('Ghi chú của dự án'))).toHaveLength(4);
    expect(checkParagraphLinks(DIST, '/', '/cong-cu/ke-hoach-mau/')).toBeGreaterThan(40);
  });
});

describe('tạo kế hoạch', () => {
  it('loads one small script; the docx code is a separate chunk fetched only on submit', () => {
    const html = page(DIST, '/cong-cu/tao-ke-hoach/');
    const scripts = pageScripts(html)
      .map((s) => s.getAttribute('src'))
      .filter((src) => src !== undefined);
    expect(scripts).toHaveLength(1);
    expect(html.querySelectorAll('link[rel=modulepreload]')).toHaveLength(0);
    const entry = readFileSync(fileForUrlPath(DIST, scripts[0]!)!);
    expect(gzipSync(entry).length).toBeLessThan(6 * 1024);
    const chunk = /plan-download[^"'`]*\.js/.exec(entry.toString())?.[0];
    expect(chunk).toBeTruthy();
    expect(entry.toString()).not.toContain('wordprocessingml');
    for (const url of ['/cong-cu/', '/cong-cu/viec-can-lam/', '/cong-cu/lich/', '/van-ban/ke-hoach-mn-hong-duong/']) {
      expect(page(DIST, url).toString(), url).not.toContain('plan-download');
    }
  });

  it('offers every task as an activity and the three document types', () => {
    const html = page(DIST, '/cong-cu/tao-ke-hoach/');
    expect(html.querySelectorAll('input[name=hoatDong]').length).toBe(
      page(DIST, '/cong-cu/viec-can-lam/').querySelectorAll('input[name=viec]').length,
    );
    expect(html.querySelectorAll('input[name=loai]').map((i) => i.getAttribute('value'))).toEqual([
      'ke-hoach',
      'bao-cao-6-thang',
      'bao-cao-nam',
    ]);
  });

  it('the other toolkit pages ship no JS, the checklist under 3 KB', () => {
    for (const url of ['/cong-cu/', '/cong-cu/lich/', '/cong-cu/ke-hoach-mau/']) {
      expect(pageScripts(page(DIST, url)), url).toHaveLength(0);
    }
    const scripts = pageScripts(page(DIST, '/cong-cu/viec-can-lam/'));
    expect(scripts).toHaveLength(1);
    expect(scriptBytes(DIST, scripts[0]!)).toBeLessThan(3 * 1024);
  });

  it('the main navigation has one "Công cụ" entry', () => {
    const nav = page(DIST, '/cong-cu/').querySelector('nav[aria-label="Chính"]')!;
    expect(nav.querySelectorAll('a').filter((a) => a.text.trim() === 'Công cụ')).toHaveLength(1);
  });
});
