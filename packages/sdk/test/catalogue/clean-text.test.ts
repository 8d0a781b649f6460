import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CleaningLog, cleanLabel, cleanName, cleanParagraph, collapseSpaces } from '../../src/catalogue/index.js';

describe('cleaning the catalogue’s names and labels', () => {
  it('drops the stray full stop that made ". Đăng ký thuế …" sort first', () => {
    expect(cleanName('. Đăng ký thuế đối với trường hợp chuyển đổi mô hình hoạt động của tổ chức')).toBe(
      'Đăng ký thuế đối với trường hợp chuyển đổi mô hình hoạt động của tổ chức',
    );
  });

  it('collapses doubled spaces and line breaks inside a name', () => {
    expect(cleanName('Thủ tục  đăng ký\n khai sinh')).toBe('Thủ tục đăng ký khai sinh');
  });

  it.each([
    ['- Giấy chứng sinh', 'Giấy chứng sinh'],
    ['+ Bản sao Giấy khai sinh', 'Bản sao Giấy khai sinh'],
    ['• Tờ khai', 'Tờ khai'],
    ['1. Tờ khai đăng ký khai sinh', 'Tờ khai đăng ký khai sinh'],
    ['a) Đơn đề nghị', 'Đơn đề nghị'],
    ['(ii) Văn bản ủy quyền', 'Văn bản ủy quyền'],
    ['.- Giấy tờ tùy thân', 'Giấy tờ tùy thân'],
  ])('drops the source’s bullet or list number: "%s"', (source, label) => {
    expect(cleanLabel(source)).toBe(label);
  });

  it.each(['1.000593 là mã thủ tục', '2.1 Giấy tờ', 'Đơn (theo mẫu)', 'A1 Giấy phép lái xe'])(
    'leaves a label that only looks like a list: "%s"',
    (label) => {
      expect(cleanLabel(label)).toBe(label);
    },
  );

  it('never changes a word: only white space and leading markers go', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const words = (value: string) => value.split(/\s+/u).filter(Boolean);
        const cleaned = words(cleanLabel(text));
        const source = words(text);
        expect(source.join(' ').endsWith(cleaned.join(' '))).toBe(true);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(cleanName(cleanName(text))).toBe(cleanName(text));
        expect(cleanParagraph(cleanParagraph(text))).toBe(cleanParagraph(text));
      }),
    );
  });
});

describe('cleaning the catalogue’s paragraphs', () => {
  it('joins a line broken in the middle of a sentence', () => {
    expect(
      cleanParagraph('Người yêu cầu nộp hồ sơ tại\nTrung tâm Phục vụ hành chính công;  nộp lệ phí\ntheo quy định.'),
    ).toBe('Người yêu cầu nộp hồ sơ tại\nTrung tâm Phục vụ hành chính công; nộp lệ phí theo quy định.');
  });

  it('keeps the breaks before items of a list and after a finished sentence', () => {
    const steps = [
      'Bước 1: Nộp hồ sơ.',
      '- Nộp trực tiếp tại Bộ phận Một cửa',
      '- nộp trực tuyến trên Cổng dịch vụ công',
      '(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận',
      'a) trường hợp khác',
      'Bước 2: Trả kết quả.',
    ].join('\n');
    expect(cleanParagraph(steps)).toBe(steps);
  });

  it('drops empty lines and the spaces at the ends of lines', () => {
    expect(cleanParagraph('Bước 1.  \r\n\r\n\n  Bước 2.\t')).toBe('Bước 1.\nBước 2.');
  });

  it('collapses any white space in a single line', () => {
    expect(collapseSpaces(' a \u00a0 b\n\tc ')).toBe('a b c');
  });
});

describe('the cleaning log', () => {
  it('keeps each change a cleaner made, with where it was, but not a mere trim', () => {
    const log = new CleaningLog();
    expect(log.clean('1.000001', 'name', '. Đăng ký thuế', cleanName)).toBe('Đăng ký thuế');
    expect(log.clean('1.000001', 'results[0]', '  Giấy phép  ', cleanLabel)).toBe('Giấy phép');
    expect(log.changes).toEqual([{ code: '1.000001', field: 'name', before: '. Đăng ký thuế', after: 'Đăng ký thuế' }]);
  });
});
