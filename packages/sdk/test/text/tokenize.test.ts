import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, tokenizeVietnamese, tokenizeWithOffsets } from '../../src/text/index.js';

describe('tokenizeVietnamese', () => {
  it('splits a procedure name into folded words', () => {
    expect(tokenizeVietnamese('Đổi giấy phép lái xe')).toEqual(['doi', 'giay', 'phep', 'lai', 'xe']);
  });

  it('normalises i/y variants in every word', () => {
    expect(tokenizeVietnamese('Đăng ký lý lịch')).toEqual(['dang', 'ki', 'li', 'lich']);
  });
});

describe('tokenizeWithOffsets', () => {
  it('gives each word its range in the original accented text', () => {
    const name = 'Cấp lại thẻ căn cước';
    const tokens = tokenizeWithOffsets(name);
    expect(tokens.map(({ start, end }) => name.slice(start, end))).toEqual(['Cấp', 'lại', 'thẻ', 'căn', 'cước']);
    expect(tokens.map(({ token }) => token)).toEqual(['cap', 'lai', 'the', 'can', 'cuoc']);
  });

  it('keeps combining marks of NFD text inside the word range', () => {
    const name = 'Đăng ký'.normalize('NFD');
    const tokens = tokenizeWithOffsets(name);
    expect(tokens.map(({ start, end }) => name.slice(start, end).normalize('NFC'))).toEqual(['Đăng', 'ký']);
  });

  it('agrees with foldVietnamese on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('NFC', 'NFD'), (text, form) => {
        const normalised = text.normalize(form);
        const joined = tokenizeWithOffsets(normalised)
          .map(({ token }) => token)
          .join(' ');
        expect(joined).toBe(foldVietnamese(normalised));
      }),
    );
  });
});
