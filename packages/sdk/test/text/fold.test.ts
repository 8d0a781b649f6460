import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/text/index.js';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Thủ tục cấp Giấy chứng nhận quyền sử dụng đất')).toBe(
      'thu tuc cap giay chung nhan quyen su dung dat',
    );
  });

  it('maps đ and Đ to d', () => {
    expect(foldVietnamese('Đổi giấy phép đăng ký')).toBe('doi giay phep dang ki');
  });

  it('folds NFD input like NFC input', () => {
    const name = 'Đăng ký thường trú';
    expect(foldVietnamese(name.normalize('NFD'))).toBe(foldVietnamese(name.normalize('NFC')));
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(foldVietnamese('  Khóa căn cước điện tử (thực hiện tại cấp xã); ')).toBe(
      'khoa can cuoc dien tu thuc hien tai cap xa',
    );
    expect(foldVietnamese('Việt Nam – Lào')).toBe('viet nam lao');
  });

  it('keeps digits, so procedure codes survive as words', () => {
    expect(foldVietnamese('Mã 1.001193')).toBe('ma 1 001193');
  });

  it.each([
    ['ký', 'kí'],
    ['lý lịch', 'lí lịch'],
    ['Mỹ thuật', 'mĩ thuật'],
    ['hy sinh', 'hi sinh'],
    ['quý', 'quí'],
    ['kỳ hạn', 'kì hạn'],
    ['sỹ quan', 'sĩ quan'],
    ['tỷ lệ', 'tỉ lệ'],
  ])('treats the spellings "%s" and "%s" as the same word', (withY, withI) => {
    expect(foldVietnamese(withY)).toBe(foldVietnamese(withI));
  });

  it('keeps y where it follows a vowel, since huy and hui are different words', () => {
    expect(foldVietnamese('hủy bỏ')).toBe('huy bo');
    expect(foldVietnamese('thủy lợi')).toBe('thuy loi');
    expect(foldVietnamese('y tế')).toBe('y te');
  });

  it('returns an empty string for text without letters or digits', () => {
    expect(foldVietnamese(' – ; ')).toBe('');
  });

  describe('properties', () => {
    const vietnameseLetters =
      'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
    const vietnameseText = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...vietnameseLetters, ...vietnameseLetters.toUpperCase(), ' ', ',', '.', '-', '(', '0', '7'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 60,
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(vietnameseText, (text) => {
          const once = foldVietnamese(text);
          expect(foldVietnamese(once)).toBe(once);
        }),
      );
    });

    it('outputs only a-z, 0-9 and single inner spaces', () => {
      fc.assert(
        fc.property(vietnameseText, (text) => {
          expect(foldVietnamese(text)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
        }),
      );
    });

    it('folds the NFC and NFD forms of a string equally', () => {
      fc.assert(
        fc.property(vietnameseText, (text) => {
          expect(foldVietnamese(text.normalize('NFD'))).toBe(foldVietnamese(text.normalize('NFC')));
        }),
      );
    });
  });
});
