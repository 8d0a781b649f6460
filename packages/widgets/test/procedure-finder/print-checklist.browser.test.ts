import { describe, expect, it } from 'vitest';
import { fillChecklistDocument } from '../../src/procedure-finder/print-checklist.js';

describe('fillChecklistDocument', () => {
  it('prints the ticked and unticked documents of each case, as text', () => {
    const target = document.implementation.createHTMLDocument('');
    fillChecklistDocument(
      target,
      {
        title: 'Danh sách giấy tờ cần chuẩn bị',
        procedure: 'Thủ tục đăng ký khai sinh (1.001193)',
        cases: [
          {
            name: 'Giấy tờ phải nộp',
            lines: [
              { name: 'Giấy chứng sinh', detail: 'Bản chính: 1', ready: true },
              { name: '<img src=x onerror="window.__hccPrintXss=1">', detail: '', ready: false },
            ],
          },
        ],
      },
      'vi',
    );
    expect(target.documentElement.lang).toBe('vi');
    expect(target.querySelector('h1')?.textContent).toBe('Danh sách giấy tờ cần chuẩn bị');
    expect([...target.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      '☑ Giấy chứng sinh (Bản chính: 1)',
      '☐ <img src=x onerror="window.__hccPrintXss=1">',
    ]);
    expect(target.querySelector('img')).toBeNull();
  });
});
