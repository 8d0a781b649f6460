import type { Procedure } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { documentRole } from '../../src/procedure-finder/document-roles.js';

type Case = Procedure['cases'][number];
const role = (name: string, caseName = 'Trường hợp 1', originals = 1, copies = 0) =>
  documentRole({ name: caseName, documents: [] } as Case, { name, originals, copies });

describe('documentRole', () => {
  it('reads the source’s introductions as text: a name ending with a colon, or one that only announces a list', () => {
    expect(role('Hồ sơ gồm:', 'Trường hợp 1', 0)).toBe('intro');
    expect(role('Giấy tờ phải xuất trình:', 'Trường hợp 1', 0)).toBe('intro');
    expect(role('Giấy tờ phải xuất trình', 'Trường hợp 1', 0)).toBe('intro');
    expect(role('Thành phần hồ sơ bao gồm', 'Trường hợp 1', 0)).toBe('intro');
    expect(
      role(
        'Người có yêu cầu đăng ký khai sinh thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:',
        'Trường hợp 4',
        0,
      ),
    ).toBe('intro');
  });

  it('keeps documents as documents, even those that start like a list', () => {
    expect(role('Giấy tờ tùy thân')).toBe('document');
    expect(role('Hồ sơ thiết kế xây dựng công trình')).toBe('document');
    expect(role('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng')).toBe(
      'document',
    );
    // A condition that still asks for an original is a document.
    expect(role('Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi.', 'Giấy tờ phải nộp', 1)).toBe(
      'document',
    );
  });

  it('reads remarks as notes: the "Lưu ý" case, and conditions with nothing to bring', () => {
    expect(role('Người tiếp nhận có trách nhiệm tiếp nhận đúng, đủ hồ sơ.', 'Lưu ý', 0)).toBe('note');
    expect(
      role(
        'Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh thì không phải nộp bản giấy.',
        'Giấy tờ phải nộp',
        0,
      ),
    ).toBe('note');
  });
});
