import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outlineParagraphs, paragraphTags } from './outline';
import { parseLegalText, splitSourceFile } from './legal-text';

const preamble = (file: string) => parseLegalText(splitSourceFile(readFileSync(`content/nguon/${file}.txt`, 'utf8')).body).preamble;

describe('outlineParagraphs', () => {
  it('numbers headings, bullets and plain paragraphs from the printed numbering', () => {
    const result = outlineParagraphs([
      'Kính gửi:',
      '- Các trường;',
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'Đoạn một.',
      'Đoạn hai.',
      '1.1. Ý một',
      '1.3 Ý ba, không có dấu chấm',
      '2. Nội dung',
      '- gạch một',
      '- gạch hai',
      'Nơi nhận:',
      '- Như trên;',
    ]);
    expect(result.map((p) => p.id)).toEqual([
      null,
      null,
      'muc-1',
      'muc-1-1',
      'muc-1-1-doan-1',
      'muc-1-1-doan-2',
      'muc-1-1-1',
      'muc-1-1-3',
      'muc-1-2',
      'muc-1-2-gach-1',
      'muc-1-2-gach-2',
      null,
      null,
    ]);
    expect(result[10]!.label).toBe('mục I.2, gạch đầu dòng thứ 2');
    expect(result[7]!.label).toBe('mục I.1.3');
    // Sections and numbered title lines are headings; sentences, bullets and decimals are not.
    expect(result.map((p) => p.headingLevel)).toEqual([0, 0, 1, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
  });

  it('does not treat a numbered sentence as a heading', () => {
    const [, sentence] = outlineParagraphs(['I. NỘI DUNG', '4. Chỉ đạo thúc đẩy bình đẳng giới ở những gia đình có nguy cơ cao.']);
    expect(sentence!.headingLevel).toBe(0);
  });

  it('gives every paragraph of the CV 85 body a unique id, and none to the title block or Nơi nhận', () => {
    const paragraphs = outlineParagraphs(preamble('cv-85-gddt-tccb-2022-van-giang'));
    const ids = paragraphs.flatMap((p) => (p.id ? [p.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('muc-1');
    expect(paragraphs.find((p) => p.id === 'muc-1-gach-3')!.text).toMatch(/^- Xây dựng kế hoạch triển khai thực hiện Chiến lược/);
    expect(paragraphs.find((p) => p.id === 'muc-2-gach-5')!.text).toMatch(/Tháng hành động/);
    expect(paragraphs.find((p) => p.text.startsWith('- Như trên'))!.id).toBeNull();
    expect(paragraphs.find((p) => p.text.startsWith('- Các trường'))!.id).toBeNull();
  });

  it('anchors the sections of the Hồng Dương plan, including its unnumbered sub-items', () => {
    const paragraphs = outlineParagraphs(preamble('ke-hoach-mn-hong-duong-thanh-oai'));
    const byId = new Map(paragraphs.filter((p) => p.id).map((p) => [p.id, p.text]));
    expect(byId.size).toBe(paragraphs.filter((p) => p.id).length);
    expect(byId.get('muc-3-5')).toMatch(/từ 15\/11 đến 15\/12/);
    expect(byId.get('muc-6-1-doan-1')).toMatch(/trước ngày 10\/6.*trước ngày 20\/11/);
    expect(byId.get('muc-4-1-3')).toMatch(/^1\.3 Phối hợp/);
    expect(byId.get('muc-4-2-gach-10')).toMatch(/Quốc tế phụ nữ 8\/3/);
  });
});

describe('paragraphTags', () => {
  it('never skips a heading level: numbered headings are h4 under an "I." section, h3 without one', () => {
    const levels = (...headingLevels: (0 | 1 | 2)[]) => paragraphTags(headingLevels.map((headingLevel) => ({ headingLevel })));
    expect(levels(0, 2, 0, 2)).toEqual(['p', 'h3', 'p', 'h3']);
    expect(levels(1, 2, 0, 1, 2)).toEqual(['h3', 'h4', 'p', 'h3', 'h4']);
  });
});
