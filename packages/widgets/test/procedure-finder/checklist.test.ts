import type { Procedure } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { documentKey, toChecklist } from '../../src/procedure-finder/print-checklist.js';
import { finderStrings } from '../../src/procedure-finder/procedure-finder.strings.js';
import { createTranslator } from '../../src/shared/i18n.js';

const t = createTranslator(() => 'vi', finderStrings);

const procedure = {
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  cases: [
    {
      name: 'Giấy tờ phải nộp',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 },
        { name: 'Giấy chứng sinh', originals: 1, copies: 2 },
      ],
    },
    { name: 'Giấy tờ phải xuất trình', documents: [{ name: 'Giấy tờ tùy thân', originals: 0, copies: 0 }] },
  ],
} as unknown as Procedure;

describe('toChecklist', () => {
  it('lists every document of every case with its counts and whether it is ready', () => {
    const checklist = toChecklist(procedure, new Set([documentKey(0, 1)]), t);
    expect(checklist.title).toBe('Danh sách giấy tờ cần chuẩn bị');
    expect(checklist.procedure).toBe('Thủ tục đăng ký khai sinh (1.001193)');
    expect(checklist.cases).toEqual([
      {
        name: 'Giấy tờ phải nộp',
        lines: [
          { name: 'Tờ khai đăng ký khai sinh', detail: 'Bản chính: 1', ready: false },
          { name: 'Giấy chứng sinh', detail: 'Bản chính: 1, Bản sao: 2', ready: true },
        ],
      },
      { name: 'Giấy tờ phải xuất trình', lines: [{ name: 'Giấy tờ tùy thân', detail: '', ready: false }] },
    ]);
  });
});
