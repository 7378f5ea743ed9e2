import { describe, expect, it } from 'vitest';
import { checkParagraphCitation, type CitableDocument } from './paragraph-citation';
import { outlineParagraphs } from './outline';

const doc: CitableDocument = {
  name: 'Công văn 85',
  paragraphs: outlineParagraphs(['1. Nhóm một', '- Xây dựng kế hoạch,  tại đơn vị.', 'Nơi nhận:', '- Như trên;']),
  editorNote: 'Tháng hành động diễn ra từ ngày 15/11 đến ngày 15/12 hằng năm.',
};

describe('checkParagraphCitation', () => {
  it('resolves an anchor whose paragraph holds the quote, ignoring runs of spaces and NFD', () => {
    const result = checkParagraphCitation(doc, {
      vanBan: 'cv-85',
      doan: 'muc-1-gach-1',
      trichDan: 'Xây dựng kế hoạch, tại đơn vị'.normalize('NFD'),
    });
    expect(result).toEqual({
      ok: true,
      anchor: 'muc-1-gach-1',
      label: 'Công văn 85, mục 1, gạch đầu dòng thứ 1',
      text: '- Xây dựng kế hoạch,  tại đơn vị.',
    });
  });

  it('resolves the editor note', () => {
    const result = checkParagraphCitation(doc, { vanBan: 'cv-85', doan: 'ghi-chu-bien-tap', trichDan: 'từ ngày 15/11 đến ngày 15/12' });
    expect(result.ok && result.label).toBe('ghi chú biên tập về Công văn 85');
  });

  it('refuses an unknown anchor and a quote that is not in the paragraph, saying how to fix it', () => {
    const missing = checkParagraphCitation(doc, { vanBan: 'cv-85', doan: 'muc-2', trichDan: 'x' });
    expect(missing).toMatchObject({ ok: false, problem: 'Công văn 85 không có đoạn "muc-2".' });
    const wrong = checkParagraphCitation(doc, { vanBan: 'cv-85', doan: 'ghi-chu-bien-tap', trichDan: 'từ 25/11 đến 25/12' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.fix).toContain('chép nguyên văn');
  });
});
