import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { resolveParagraphCitation, type CitableDocument } from './paragraph-citation';
import { outlineParagraphs } from './outline';

const doc: CitableDocument = {
  name: 'Công văn 85',
  paragraphs: outlineParagraphs(['1. Nhóm một', '- Xây dựng kế hoạch,  tại đơn vị.', 'Nơi nhận:', '- Như trên;']),
  editorNote: 'Tháng hành động diễn ra từ ngày 15/11 đến ngày 15/12 hằng năm.',
};
const site = { file: 'content/lich/thang-hanh-dong.yaml', field: 'nguon[0]' };

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(ContentError.is(error)).toBe(true);
    return (error as ContentError).problems[0];
  }
  throw new Error('expected a ContentError');
}

describe('resolveParagraphCitation', () => {
  it('resolves an anchor whose paragraph holds the quote, ignoring runs of spaces and NFD', () => {
    const result = resolveParagraphCitation(
      doc,
      { vanBan: 'cv-85', doan: 'muc-1-gach-1', trichDan: 'Xây dựng kế hoạch, tại đơn vị'.normalize('NFD') },
      site,
    );
    expect(result).toEqual({
      anchor: 'muc-1-gach-1',
      label: 'Công văn 85, mục 1, gạch đầu dòng thứ 1',
      text: '- Xây dựng kế hoạch,  tại đơn vị.',
    });
  });

  it('resolves the editor note', () => {
    const result = resolveParagraphCitation(
      doc,
      { vanBan: 'cv-85', doan: 'ghi-chu-bien-tap', trichDan: 'từ ngày 15/11 đến ngày 15/12' },
      site,
    );
    expect(result.label).toBe('ghi chú biên tập về Công văn 85');
  });

  it('refuses an unknown anchor and a quote that is not in the paragraph with a ContentError naming file, field and fix', () => {
    const missing = problemOf(() => resolveParagraphCitation(doc, { vanBan: 'cv-85', doan: 'muc-2', trichDan: 'x' }, site));
    expect(missing).toMatchObject({ ...site, problem: 'Công văn 85 không có đoạn "muc-2".' });
    const wrong = problemOf(() =>
      resolveParagraphCitation(doc, { vanBan: 'cv-85', doan: 'ghi-chu-bien-tap', trichDan: 'từ 25/11 đến 25/12' }, site),
    );
    expect(wrong).toMatchObject(site);
    expect(wrong!.fix).toContain('chép nguyên văn');
  });
});
