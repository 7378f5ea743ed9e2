/**
 * Current and trustworthy in 2026 (built site, dist/): dated update notices where the 2025
 * reorganisation changed how a document reads, badges that never claim validity without a dated
 * source, ended programmes that say so, sources told in readers' words, and no internal file
 * name, path or English header key on any page.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { fileForUrlPath, htmlFiles, readHtml, urlPathOf } from '../src/lib/build-check/site-files';
import { DIST } from './support/paths';
import { normaliseWhitespace } from '../src/lib/legal-text';

const page = (urlPath: string): HTMLElement => {
  const file = fileForUrlPath(DIST, urlPath);
  expect(file, `no page for ${urlPath}`).not.toBeNull();
  return readHtml(file!);
};
const text = (element: HTMLElement) => normaliseWhitespace(element.textContent);
const noticeTitles = (urlPath: string) =>
  page(urlPath)
    .querySelectorAll('.update-notice')
    .map((notice) => text(notice));

const REORGANISATION = /Chính quyền địa phương hai cấp/;
const NEW_PROVINCE = /Tỉnh Hưng Yên mới/;
const MINISTRY = /Bộ Nội vụ thực hiện quản lý nhà nước về bình đẳng giới/;

describe('update notices', () => {
  it.each([
    ['/van-ban/cv-85-gddt-tccb-2022-van-giang/', [REORGANISATION, NEW_PROVINCE]],
    ['/van-ban/kh-236-kh-gddt-2022-thanh-oai/', [REORGANISATION]],
    ['/van-ban/ke-hoach-mn-hong-duong/', [REORGANISATION]],
    ['/van-ban/cv-482-sgddt-tccb-2022-hung-yen/', [NEW_PROVINCE]],
    ['/van-ban/kh-64-kh-ubnd-2021-hung-yen/', [NEW_PROVINCE]],
    ['/van-ban/kh-65-kh-ubnd-2021-hung-yen/', [NEW_PROVINCE]],
    ['/van-ban/luat-binh-dang-gioi-2006/', [MINISTRY, REORGANISATION]],
    ['/van-ban/nd-70-2008-nd-cp/', [MINISTRY]],
    ['/van-ban/nd-48-2009-nd-cp/', [MINISTRY]],
    ['/huong-dan/nha-truong-duoc-giao-lam-gi/', [REORGANISATION]],
    ['/huong-dan/ban-vi-su-tien-bo-cua-phu-nu/', [REORGANISATION]],
    ['/', [REORGANISATION]],
    ['/van-ban/', [REORGANISATION]],
  ])('%s carries its dated notices near the top, not collapsed', (urlPath, expected) => {
    const notices = noticeTitles(urlPath);
    for (const pattern of expected)
      expect(
        notices.some((notice) => pattern.test(notice)),
        `${urlPath}: ${pattern}`,
      ).toBe(true);
    for (const notice of page(urlPath).querySelectorAll('.update-notice')) {
      expect(notice.closest('details'), `${urlPath}: a notice inside a collapsed box`).toBeNull();
      expect(text(notice)).toMatch(/kiểm tra ngày \d{2}\/\d{2}\/\d{4}/);
    }
  });

  it('keeps the verbatim text unchanged: notices stand outside the legal text', () => {
    const law = page('/van-ban/luat-binh-dang-gioi-2006/');
    expect(law.querySelector('.legal-text .update-notice')).toBeNull();
    expect(text(law.querySelector('#dieu-9-khoan-4')!)).toBe(
      '4. Uỷ ban nhân dân các cấp thực hiện quản lý nhà nước về bình đẳng giới trong phạm vi địa phương theo phân cấp của Chính phủ.',
    );
  });

  it('lists every notice with its sources on its own page', () => {
    const list = page('/ghi-chu/');
    expect(list.querySelectorAll('main li a').length).toBeGreaterThanOrEqual(4);
    const note = page('/ghi-chu/to-chuc-bo-may-2025/');
    expect(text(note)).toMatch(/Công văn 1581\/BGDĐT-GDPT ngày 08\/4\/2025/);
    expect(text(note)).toMatch(/nguồn thứ cấp/);
    expect(text(note)).toMatch(/Xã Hồng Dương .* dự án chưa kiểm chứng/);
  });
});

describe('status badges and periods', () => {
  const documentPages = htmlFiles(DIST).filter(
    (file) => /\/van-ban\/[^/]+\/index\.html$/.test(file) && !/\/van-ban\/(cap|loai|so-do)\//.test(file),
  );

  it('shows "Còn hiệu lực" only with who says so and the check date', () => {
    let claims = 0;
    for (const file of documentPages) {
      for (const badge of readHtml(file).querySelectorAll('article > div p span')) {
        const label = text(badge);
        if (!/hiệu lực/i.test(label)) continue;
        if (/^Còn hiệu lực|^Hết hiệu lực/.test(label)) {
          claims++;
          expect(label, urlPathOf(DIST, file)).toMatch(/— theo .+, kiểm tra \d{2}\/\d{2}\/\d{4}$/);
        } else {
          expect(label).toBe('Hiệu lực chưa kiểm chứng');
        }
      }
    }
    expect(claims).toBeGreaterThan(0);
  });

  it('says a 2021–2025 programme has ended, computed from its period', () => {
    for (const urlPath of ['/van-ban/qd-2232-qd-ttg-2020/', '/van-ban/kh-64-kh-ubnd-2021-hung-yen/']) {
      expect(text(page(urlPath).querySelector('article')!)).toContain('Giai đoạn 2021–2025 đã kết thúc');
    }
    expect(text(page('/van-ban/nq-28-nq-cp-2021/').querySelector('article')!)).toContain('Giai đoạn 2021–2030');
    expect(text(page('/van-ban/cv-85-gddt-tccb-2022-van-giang/').querySelector('article')!)).toContain('Cho năm 2022 — đã qua');
  });
});

describe('sources told in readers’ words', () => {
  const INTERNAL = [
    /seeds\//,
    /shared\//,
    /\.txt\b/,
    /\b(title|source|completeness|retrieved|xử lý đã làm):/,
    /(^|[\s(])\/(work|home|tmp|usr|root)\//,
    /hạt giống/,
    /pages corpus/,
  ];

  it('has no internal file name, path or English header key on any page', () => {
    for (const file of htmlFiles(DIST)) {
      const body = readHtml(file).querySelector('body')!;
      const words = text(body);
      for (const pattern of INTERNAL) expect(words, `${urlPathOf(DIST, file)} shows ${pattern}`).not.toMatch(pattern);
    }
  });

  it('gives every document a "Nguồn và mức độ đầy đủ" panel instead of the raw header', () => {
    const documentPages = htmlFiles(DIST).filter(
      (file) => /\/van-ban\/[^/]+\/index\.html$/.test(file) && !/\/van-ban\/(cap|loai|so-do)\//.test(file),
    );
    expect(documentPages.length).toBeGreaterThanOrEqual(19);
    for (const file of documentPages) {
      const panel = readHtml(file).getElementById('nguon-va-muc-do');
      expect(panel, urlPathOf(DIST, file)).not.toBeNull();
      expect(text(panel!)).toMatch(/Nội dung trên trang này lấy từ:.*Mức độ đầy đủ:.*Ngày kiểm tra: \d{2}\/\d{2}\/\d{4}/);
      expect(readHtml(file).querySelector('pre'), urlPathOf(DIST, file)).toBeNull();
    }
  });

  it('states the Strategy’s targets once, only as labelled secondary figures (no self-contradiction)', () => {
    const strategy = page('/van-ban/nq-28-nq-cp-2021/');
    const table = strategy.querySelector('.secondary-table')!;
    expect(text(table)).toMatch(/Theo nguồn thứ cấp, chưa đối chiếu nguyên văn/);
    expect(text(table)).toMatch(/evn|EVN/);
    expect(text(table)).toMatch(/Thư viện Pháp luật/);
    const outside = text(strategy.querySelector('article')!).replace(text(table), '');
    expect(outside).not.toMatch(/\b(60|75)%/);
    expect(outside).not.toMatch(/không được nêu ở đây/);
    for (const urlPath of ['/van-ban/qd-1790-qd-ttg-2021/', '/van-ban/qd-2232-qd-ttg-2020/']) {
      expect(text(page(urlPath).querySelector('.secondary-table')!)).toMatch(/Theo nguồn thứ cấp, chưa đối chiếu nguyên văn/);
    }
  });

  it('marks the restored title and căn cứ lines of the Law', () => {
    const law = page('/van-ban/luat-binh-dang-gioi-2006/');
    const section = law.querySelector('section[aria-labelledby="noi-dung-van-ban"]')!;
    expect(text(section.querySelector('.legal-note')!)).toMatch(/khôi phục từ hai bản đăng lại bị lỗi mã hoá/);
  });
});

describe('accuracy audit', () => {
  it('never sends a school to the Phòng GD&ĐT in the project’s own words', () => {
    for (const file of htmlFiles(DIST)) {
      const words = text(readHtml(file).querySelector('main')!);
      expect(words, urlPathOf(DIST, file)).not.toMatch(/Phòng giáo dục yêu cầu gì|văn bản của Phòng GD&ĐT nơi mình|hỏi Phòng hoặc Sở/);
    }
  });

  it('answers "when is the Action Month" from verified sources, not the plan with the slip', () => {
    const answer = page('/hoi-dap/').getElementById('thang-hanh-dong-khi-nao')!;
    const citations = answer.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(citations.some((href) => href.includes('kh-174-kh-ubnd-2025-tphcm'))).toBe(true);
    expect(citations.some((href) => href.includes('ghi-chu/thang-hanh-dong'))).toBe(true);
    expect(citations.some((href) => href.includes('ke-hoach-mn-hong-duong'))).toBe(false);
  });

  it('marks advice in the FAQ as the project’s suggestion', () => {
    expect(text(page('/hoi-dap/').getElementById('thay-vi-pham-thi-lam-gi')!)).toMatch(
      /Gợi ý của dự án, không phải quy định của Luật: .*giáo viên chủ nhiệm/,
    );
  });

  it('does not present choosing a trade as a legal right, and quotes định kiến giới in full', () => {
    const material = text(page('/an-pham/xoa-dinh-kien-nghe-nghiep/').querySelector('main')!);
    expect(material).not.toMatch(/có quyền chọn|Không có nghề riêng/);
    const explainer = text(page('/huong-dan/binh-dang-gioi-o-truong-hoc/').querySelector('main')!);
    expect(explainer).not.toMatch(/được tự chọn ngành/);
    expect(explainer).toMatch(/Quy định tỷ lệ nam, nữ tham gia học tập, đào tạo/i);
  });

  it('names Tổng đài 111 only as the sources allow', () => {
    const explainer = text(page('/huong-dan/phong-ngua-bao-luc-tren-co-so-gioi/').querySelector('main')!);
    expect(explainer).toMatch(/Tổng đài điện thoại quốc gia bảo vệ trẻ em, số 111/);
    expect(explainer).toMatch(/hoạt động 24 giờ tất cả các ngày/);
    expect(explainer).not.toMatch(/miễn phí/);
  });

  it('states no 2026 Action Month theme', () => {
    for (const file of htmlFiles(DIST)) {
      expect(text(readHtml(file).querySelector('main')!), urlPathOf(DIST, file)).not.toMatch(
        /chủ đề (của )?(Tháng hành động )?năm 2026 (là|:)/i,
      );
    }
  });
});
