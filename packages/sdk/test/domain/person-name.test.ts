import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonName } from '../../src/domain/person-name.js';

const word = fc.stringMatching(/^[A-Za-zÀ-ỹĐđ]{1,8}$/u);

describe('maskPersonName', () => {
  it('keeps the family name and the first letter of every other word', () => {
    expect(maskPersonName('Nguyễn Văn A')).toBe('Nguyễn V*** A');
    expect(maskPersonName('Trần Thị Mai Anh')).toBe('Trần T*** M*** A***');
  });

  it('collapses spaces and gives an empty text for an empty name', () => {
    expect(maskPersonName('  Lê   Thu  ')).toBe('Lê T***');
    expect(maskPersonName('   ')).toBe('');
  });

  it('keeps a first letter made of several code units whole (Đ, composed accents)', () => {
    expect(maskPersonName('Phạm Đức Ưng')).toBe('Phạm Đ*** Ư***');
  });

  it('never shows a given or middle name of more than one letter in full', () => {
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 4 }), (family, others) => {
        const masked = maskPersonName([family, ...others].join(' ')).split(' ');
        expect(masked[0]).toBe(family);
        others.forEach((other, index) => {
          const shown = masked[index + 1];
          if (Array.from(other).length > 1) expect(shown).toBe(`${Array.from(other)[0]}***`);
          else expect(shown).toBe(other);
        });
      }),
    );
  });
});
