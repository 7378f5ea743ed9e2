/** The toolkit pages in the built site: cited paragraphs exist, calendar files are valid, the generator stays light. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_BASE, BASE_PATH, TEST_SITE_URL } from './support/paths';
import { fileForUrlPath, listFiles, readHtml } from '../src/lib/build-check/site-files';
import { pageScripts } from './support/search-loader';
import { PLAN_FIELDS } from '../src/lib/plan-fields';

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

  it('shows each source as a short link; the quoted words sit behind a disclosure, with the date of a 2022 district letter', () => {
    const html = page(DIST, '/cong-cu/viec-can-lam/');
    const task = html.querySelector('input[value="truyen-thong-can-bo"]')!.closest('li')!;
    const links = task.querySelectorAll('.source-list > p a').map((a) => a.text);
    expect(links).toEqual(['Công văn 85/GD&ĐT-TCCB, mục 2, ý 1', 'Kế hoạch của Trường Mầm non Hồng Dương, mục III.2, đoạn 1']);
    const details = task.querySelector('.source-list details')!;
    expect(details.getAttribute('open')).toBeUndefined();
    expect(details.querySelector('summary')!.text).toBe('Xem câu trích');
    expect(details.querySelectorAll('q').map((q) => q.text)[0]).toContain('Tiếp tục đẩy mạnh truyền thông');
    expect(details.text).toContain('Công văn là hướng dẫn cho năm 2022');
    // No quote outside a disclosure: the visible list stays short.
    for (const item of html.querySelectorAll('li.task')) {
      for (const q of item.querySelectorAll('q')) expect(q.closest('details')).not.toBeNull();
    }
    expect(html.querySelector('main .update-notice')!.text).toContain('Cập nhật từ ngày 01/07/2025: Chính quyền địa phương hai cấp');
  });

  it('never states the Action Month as 25/11 – 25/12: only quoted verbatim or flagged as a slip', () => {
    for (const url of [
      '/cong-cu/viec-can-lam/',
      '/cong-cu/lich/',
      '/cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/',
      '/cong-cu/tao-ke-hoach/',
    ]) {
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
  /** Days before the start a reminder rings (at 08:00), if any. */
  reminder?: number;
}
const EXPECTED: Record<string, Expected> = {
  'quoc-te-phu-nu': { start: '03-08', end: '03-09' },
  'quoc-te-hanh-phuc': { start: '03-20', end: '03-21' },
  // "trước ngày 10/6": the last day to send is 9/6.
  'han-bao-cao-6-thang': { start: '06-09', end: '06-10', reminder: 7 },
  'gia-dinh-viet-nam': { start: '06-28', end: '06-29' },
  'thang-hanh-dong': { start: '11-15', end: '12-16', reminder: 14 },
  // "trước ngày 20/11": the last day to send is 19/11.
  'han-bao-cao-nam': { start: '11-19', end: '11-20', reminder: 7 },
  'xoa-bo-bao-luc-phu-nu': { start: '11-25', end: '11-26' },
};

function parseIcs(file: string) {
  const text = readFileSync(file, 'utf8');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

/** The year of the first occurrence is the year the file was generated (DTSTAMP), whatever today's date is. */
const buildYear = (event: ICAL.Event) => (event.component.getFirstPropertyValue('dtstamp') as ICAL.Time).year;

describe('lịch', () => {
  it('the full .ics holds every date, all-day, yearly, with reminders at 08:00 where the content asks', () => {
    const events = parseIcs(path.join(DIST, 'cong-cu/lich/lich-binh-dang-gioi.ics'));
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const event of events) {
      const id = event.uid.split('@')[0]!;
      const year = buildYear(event);
      expect(event.uid).toBe(`${id}@${new URL(TEST_SITE_URL).host}`);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(`${year}-${EXPECTED[id]!.start}`);
      expect(event.endDate.toString()).toBe(`${year}-${EXPECTED[id]!.end}`);
      expect((event.component.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('YEARLY');
      const alarms = event.component.getAllSubcomponents('valarm');
      expect(alarms.length, id).toBe(EXPECTED[id]!.reminder ? 1 : 0);
      if (alarms.length) {
        const ring = event.startDate.clone();
        ring.isDate = false;
        ring.addDuration(alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration);
        expect(ring.hour, id).toBe(8);
        const start = new Date(Date.UTC(year, event.startDate.month - 1, event.startDate.day));
        const ringDay = new Date(Date.UTC(ring.year, ring.month - 1, ring.day));
        expect((start.getTime() - ringDay.getTime()) / 86_400_000, id).toBe(EXPECTED[id]!.reminder);
        expect(alarms[0]!.getFirstPropertyValue('description'), id).toMatch(/\S/);
      }
      expect(event.description).toMatch(/Nguồn: .+ — https:\/\/truong\.example\.edu\.vn\/van-ban\/.+#(muc-|ghi-chu-bien-tap)/);
      expect(event.description).not.toContain('25/12');
    }
  });

  it('a deadline "trước ngày X" falls on the day before X and says so', () => {
    const [half] = parseIcs(path.join(DIST, 'cong-cu/lich/han-bao-cao-6-thang.ics'));
    expect(half!.summary).toContain('hạn: trước ngày 10/6');
    const [year] = parseIcs(path.join(DIST, 'cong-cu/lich/han-bao-cao-nam.ics'));
    expect(year!.summary).toContain('hạn: trước ngày 20/11');
    expect(year!.startDate.day).toBe(19);
  });

  it('one .ics per event, and an "add to Google Calendar" link per event on the page', () => {
    const html = page(DIST, '/cong-cu/lich/');
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const [event] = parseIcs(path.join(DIST, `cong-cu/lich/${id}.ics`));
      const year = buildYear(event!);
      expect(event!.startDate.toString()).toBe(`${year}-${expected.start}`);
      const item = html.getElementById(id)!;
      expect(item.querySelector(`a[href="/cong-cu/lich/${id}.ics"]`)).not.toBeNull();
      const google = new URL(item.querySelector('a[href^="https://calendar.google.com/"]')!.getAttribute('href')!);
      const [from, to] = google.searchParams.get('dates')!.split('/');
      expect(from).toBe(`${year}${expected.start.replace('-', '')}`);
      expect(to!.slice(4)).toBe(expected.end.replace('-', ''));
      expect(google.searchParams.get('recur')).toBe('RRULE:FREQ=YEARLY');
      if (expected.reminder) expect(item.text).toContain(`${expected.reminder} ngày`);
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
  it("the example: the four sections of one school's plan, each with the project note and its source", () => {
    const html = page(DIST, '/cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/');
    expect(html.querySelector('h1')!.text).toBe('Ví dụ: kế hoạch của một trường');
    expect(html.querySelectorAll('main h2').map((h) => h.text.trim().replace(/\s+/g, ' '))).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'III. NỘI DUNG',
      'IV. GIẢI PHÁP THỰC HIỆN',
      'VI. TỔ CHỨC THỰC HIỆN',
    ]);
    expect(html.querySelectorAll('aside').filter((a) => a.text.includes('Ghi chú của dự án'))).toHaveLength(4);
    expect(checkParagraphLinks(DIST, '/', '/cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/')).toBeGreaterThan(40);
    // Văn Giang's letter is another province's: named as a comparison, never as this school's upper guidance.
    const intro = html.querySelector('main .prose-vi')!.text;
    expect(intro).toContain('Kế hoạch 236/KH-GD&ĐT');
    expect(intro).toContain('không phải văn bản cấp trên của trường này');
  });

  it('the index offers the three project models and the example', () => {
    const html = page(DIST, '/cong-cu/ke-hoach-mau/');
    const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const cap of ['mam-non', 'tieu-hoc', 'thcs']) expect(links).toContain(`/cong-cu/ke-hoach-mau/${cap}/`);
    expect(links).toContain('/cong-cu/ke-hoach-mau/vi-du-truong-mam-non-hong-duong/');
  });

  it.each(['mam-non', 'tieu-hoc', 'thcs'])("the project model for %s: complete, labelled as the project's, every part annotated", (cap) => {
    const url = `/cong-cu/ke-hoach-mau/${cap}/`;
    const html = page(DIST, url);
    expect(html.querySelector('main')!.text).toContain('Đây là kế hoạch mẫu do dự án soạn, không phải văn bản của cơ quan nhà nước.');
    const article = html.querySelector('article.van-ban')!;
    expect(article.querySelectorAll('h3').map((h) => h.text)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CHỈ TIÊU',
      'III. NỘI DUNG, HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN',
      'IV. KINH PHÍ',
      'V. TỔ CHỨC THỰC HIỆN',
      'VI. CHẾ ĐỘ BÁO CÁO',
    ]);
    // Each of the six parts carries a note: why it is there, and what it rests on.
    const notes = article.querySelectorAll('aside.ghi-chu').filter((a) => a.text.includes('vì sao có phần này'));
    expect(notes).toHaveLength(6);
    for (const note of notes) expect(note.querySelectorAll('a').length, note.text).toBeGreaterThan(0);
    // Căn cứ from the library, with their numbers and dates.
    expect(article.text).toContain('Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;');
    expect(article.text).toContain('Căn cứ Quyết định số 383/QĐ-BGDĐT ngày 26 tháng 01 năm 2022 của Bộ Giáo dục và Đào tạo');
    // Suggestions are labelled and cite the rule they rest on.
    const suggestions = article.querySelectorAll('.goi-y');
    expect(suggestions.length).toBeGreaterThan(3);
    for (const s of suggestions) {
      expect(s.text).toContain('Gợi ý của dự án');
      expect(s.querySelectorAll('a[href*="#dieu-"]').length, s.text).toBeGreaterThan(0);
    }
    expect(checkParagraphLinks(DIST, '/', url)).toBeGreaterThan(10);
    expect(article.text).not.toMatch(/\{\w+\}/);
    expect(article.text).not.toMatch(/Phòng Giáo dục|Phòng GD/);
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

  it('renders every field of the one field table, each text field with a limit; the year is left to the page', () => {
    const html = page(DIST, '/cong-cu/tao-ke-hoach/');
    for (const field of PLAN_FIELDS) {
      const control = html.querySelector(`[name="${field.name}"]`);
      expect(control, field.name).not.toBeNull();
      if ('maxLength' in field) expect(control!.getAttribute('maxlength'), field.name).toBe(String(field.maxLength));
    }
    // The default school year is computed when the page runs, not when the site was built.
    expect(html.querySelector('#namHoc')!.getAttribute('value')).toBeUndefined();
    expect(html.querySelector('#goi-y-coQuanChuQuan')!.text).toContain('Ủy ban nhân dân xã, phường');
    const data = JSON.parse(html.querySelector('#du-lieu-ke-hoach')!.text);
    expect(data.template.basis[0]).toBe('Căn cứ Luật Bình đẳng giới ngày 29 tháng 11 năm 2006;');
    expect(data.activities).toHaveLength(html.querySelectorAll('input[name=hoatDong]').length);
    // Suggestions per level, labelled as the project's, each citing an article.
    for (const cap of ['mam-non', 'tieu-hoc', 'thcs']) {
      const level = html.querySelector(`[data-level="${cap}"]`)!;
      expect(level.querySelectorAll('li').length, cap).toBeGreaterThan(2);
      for (const item of level.querySelectorAll('li'))
        expect(item.querySelectorAll('a[href*="#dieu-"]').length, item.text).toBeGreaterThan(0);
    }
    expect(html.querySelector('#goi-y-cap-hoc')!.text).toContain('gợi ý của dự án');
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
    for (const url of ['/cong-cu/', '/cong-cu/lich/', '/cong-cu/ke-hoach-mau/', '/cong-cu/ke-hoach-mau/thcs/']) {
      expect(pageScripts(page(DIST, url)), url).toHaveLength(0);
    }
    const [script] = pageScripts(page(DIST, '/cong-cu/viec-can-lam/'));
    expect(script!.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
    expect(readFileSync(fileForUrlPath(DIST, script!.getAttribute('src')!)!).length).toBeLessThan(3 * 1024);
  });

  it('toolkit pages have no inline executable script and no markup after the end of the document', () => {
    for (const url of [
      '/cong-cu/',
      '/cong-cu/viec-can-lam/',
      '/cong-cu/lich/',
      '/cong-cu/ke-hoach-mau/',
      '/cong-cu/ke-hoach-mau/mam-non/',
      '/cong-cu/tao-ke-hoach/',
    ]) {
      const raw = readFileSync(fileForUrlPath(DIST, url)!, 'utf8');
      expect(raw.trimEnd().endsWith('</html>'), url).toBe(true);
      expect(raw.lastIndexOf('<script'), url).toBeLessThan(raw.indexOf('</body>'));
      for (const script of page(DIST, url).querySelectorAll('script')) {
        const type = script.getAttribute('type');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        expect(script.getAttribute('src'), `${url}: ${script.toString().slice(0, 80)}`).toBeTruthy();
        expect(script.text.trim(), url).toBe('');
      }
    }
  });

  it('the main navigation has one "Công cụ" entry', () => {
    const nav = page(DIST, '/cong-cu/').querySelector('nav[aria-label="Chính"]')!;
    expect(nav.querySelectorAll('a').filter((a) => a.text.trim() === 'Công cụ')).toHaveLength(1);
  });
});
