import { describe, expect, it } from 'vitest';
import { clauseBody, splitDefinition } from './glossary';

const GIOI = '1. Giới chỉ đặc điểm, vị trí, vai trò của nam và nữ trong tất cả các mối quan hệ xã hội.';
const GIOI_TINH = '2. Giới tính chỉ các đặc điểm sinh học của nam, nữ.';
const GDI = '9. Chỉ số phát triển giới(GDI) là số liệu tổng hợp phản ánh thực trạng bình đẳng giới.';

describe('clauseBody', () => {
  it('drops the clause number only', () => {
    expect(clauseBody(GIOI_TINH)).toBe('Giới tính chỉ các đặc điểm sinh học của nam, nữ.');
    expect(clauseBody('Không có số 1. ở đầu')).toBe('Không có số 1. ở đầu');
  });
});

describe('splitDefinition', () => {
  it('splits a clause that defines the term', () => {
    expect(splitDefinition(GIOI, 'Giới')).toEqual({
      term: 'Giới',
      rest: ' chỉ đặc điểm, vị trí, vai trò của nam và nữ trong tất cả các mối quan hệ xã hội.',
    });
  });

  it('rejects a longer term that merely starts with the same word', () => {
    expect(splitDefinition(GIOI_TINH, 'Giới')).toBeNull();
    expect(splitDefinition(GIOI, 'Giới tính')).toBeNull();
  });

  it('accepts an abbreviation in brackets before "là", even without a space', () => {
    expect(splitDefinition(GDI, 'Chỉ số phát triển giới')?.rest).toBe('(GDI) là số liệu tổng hợp phản ánh thực trạng bình đẳng giới.');
  });

  it('keeps the Law spelling of the term and ignores the editor’s case', () => {
    expect(splitDefinition('3. Bình đẳng giới là việc nam, nữ có vị trí ngang nhau.', 'bình đẳng giới')?.term).toBe('Bình đẳng giới');
  });

  it('matches an NFD term against the NFC clause', () => {
    expect(splitDefinition(GIOI_TINH, 'Giới tính'.normalize('NFD'))?.term).toBe('Giới tính');
  });

  it('rejects a clause that does not start with the term', () => {
    expect(splitDefinition('4. Định kiến giới là nhận thức…', 'Bình đẳng giới')).toBeNull();
  });
});
