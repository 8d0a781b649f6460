import type { Procedure } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { documentKey, fillChecklistDocument } from '../../src/procedure-finder/print-checklist.js';
import { detailStrings } from '../../src/procedure-finder/procedure-detail.strings.js';
import { finderStrings } from '../../src/procedure-finder/procedure-finder.strings.js';
import { createTranslator } from '../../src/shared/i18n.js';

const t = createTranslator(() => 'vi', finderStrings, detailStrings);

const procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  cases: [
    {
      name: 'Giấy tờ phải nộp',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
        { name: 'Giấy chứng sinh', originals: 1, copies: 2 },
        { name: '<img src=x onerror="window.__hccPrintXss=1">', originals: 0, copies: 0 },
      ],
    },
    { name: '', documents: [{ name: 'Giấy tờ tùy thân', originals: 0, copies: 1 }] },
  ],
} as unknown as Procedure;

describe('fillChecklistDocument', () => {
  it('prints every document of every case with its counts, ticked or not, as text', () => {
    const target = document.implementation.createHTMLDocument('');
    fillChecklistDocument(target, procedure, new Set([documentKey(0, 1), documentKey(1, 0)]), t, 'vi');
    expect(target.documentElement.lang).toBe('vi');
    expect(target.title).toBe('Danh sách giấy tờ cần chuẩn bị');
    expect(target.querySelector('h1')?.textContent).toBe('Danh sách giấy tờ cần chuẩn bị');
    expect(target.querySelector('h2')?.textContent).toBe('Thủ tục đăng ký khai sinh (1.001193)');
    // A case without a name has no heading.
    expect([...target.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['Giấy tờ phải nộp']);
    expect(
      [...target.querySelectorAll('ul')].map((list) => [...list.children].map((item) => item.textContent)),
    ).toEqual([
      [
        '☐ Tờ khai đăng ký khai sinh (Bản chính: 1)',
        '☑ Giấy chứng sinh (Bản chính: 1, Bản sao: 2)',
        '☐ <img src=x onerror="window.__hccPrintXss=1">',
      ],
      ['☑ Giấy tờ tùy thân (Bản sao: 1)'],
    ]);
    expect(target.querySelector('img')).toBeNull();
  });
});
