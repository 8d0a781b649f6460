import { dossierStatuses } from '@hcc/sdk';
import { describe, expect, it } from 'vitest';
import { type Locale, type Message, createTranslator, loadTranslations } from '../../src/shared/i18n.js';
import { type SharedStringKey, sharedStrings } from '../../src/shared/shared.strings.js';
import type { TrackerStringKey } from '../../src/dossier-tracker/dossier-tracker.strings.js';
import { trackerStrings } from '../../src/dossier-tracker/dossier-tracker.strings.js';
import { resultStrings } from '../../src/dossier-tracker/dossier-result.strings.js';
import {
  changesAnnouncement,
  failureText,
  statusText,
  timelinessText,
} from '../../src/dossier-tracker/tracker-messages.js';

// English is a separate module the widget imports on first use; these tests read both languages.
await loadTranslations('en', [sharedStrings, trackerStrings, resultStrings]);

const translator = (locale: Locale) =>
  createTranslator<TrackerStringKey | SharedStringKey>(() => locale, sharedStrings, trackerStrings, resultStrings);
const vi = translator('vi');
const en = translator('en');

describe('the status words', () => {
  it('are the 10 national statuses in Vietnamese', () => {
    expect(dossierStatuses.map((status) => statusText(status.key, vi))).toEqual([
      'Mới đăng ký',
      'Được tiếp nhận',
      'Không được tiếp nhận',
      'Đang xử lý',
      'Yêu cầu bổ sung giấy tờ',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Công dân yêu cầu rút hồ sơ',
      'Dừng xử lý',
      'Đã xử lý xong',
      'Đã trả kết quả',
    ]);
  });

  it('have an English pair for every status', () => {
    const words = dossierStatuses.map((status) => statusText(status.key, en));
    expect(new Set(words).size).toBe(10);
    expect(words).toContain('Supplement requested');
  });
});

describe('the on-time line', () => {
  it('says "Còn 3 ngày làm việc" / "3 working days left"', () => {
    expect(timelinessText({ kind: 'days-left', days: 3 }, vi)).toBe('Còn 3 ngày làm việc');
    expect(timelinessText({ kind: 'days-left', days: 3 }, en)).toBe('3 working days left');
  });

  it('says "Đến hạn trả kết quả hôm nay" / "Due today" when no working day is left', () => {
    expect(timelinessText({ kind: 'days-left', days: 0 }, vi)).toBe('Đến hạn trả kết quả hôm nay');
    expect(timelinessText({ kind: 'days-left', days: 0 }, en)).toBe('Due today');
  });

  it('uses the English singular for one day', () => {
    expect(timelinessText({ kind: 'days-left', days: 1 }, en)).toBe('1 working day left');
    expect(timelinessText({ kind: 'late', days: 1 }, en)).toBe('Returned 1 working day late');
    expect(timelinessText({ kind: 'early', days: 1 }, en)).toBe('Returned 1 working day early');
  });

  it('says how early or late a dossier was returned, as a sentence', () => {
    expect(timelinessText({ kind: 'late', days: 2 }, vi)).toBe('Trả kết quả trễ hạn 2 ngày làm việc');
    expect(timelinessText({ kind: 'early', days: 2 }, vi)).toBe('Trả kết quả trước hạn 2 ngày làm việc');
    expect(timelinessText({ kind: 'early', days: 2 }, en)).toBe('Returned 2 working days early');
    expect(timelinessText({ kind: 'late', days: 2 }, en)).toBe('Returned 2 working days late');
  });

  it('says "Trả kết quả trễ hạn" / "Quá hạn" without a number when there are no days to count', () => {
    expect(timelinessText({ kind: 'late', days: 0 }, vi)).toBe('Trả kết quả trễ hạn');
    expect(timelinessText({ kind: 'overdue', days: 0 }, vi)).toBe('Quá hạn');
    expect(timelinessText({ kind: 'late', days: 0 }, en)).toBe('Returned late');
    expect(timelinessText({ kind: 'overdue', days: 0 }, en)).toBe('Overdue');
  });

  it.each([
    ['on-time', 'Trả kết quả đúng hạn'],
    ['early', 'Trả kết quả trước hạn'],
  ] as const)('says "%s" as "%s"', (kind, words) => {
    expect(timelinessText({ kind, days: 0 }, vi)).toBe(words);
  });

  it('says the clock is paused while waiting for a supplement', () => {
    expect(timelinessText({ kind: 'paused', days: 0 }, vi)).toMatch(/chờ bổ sung/);
  });
});

describe('messages before and after a request', () => {
  it('explains a code with an impossible receipt date', () => {
    expect(en('problem.code.bad-date')).toMatch(/not a real date/);
  });

  it('gives one neutral sentence for "not found" that names neither the code nor the verifier as wrong', () => {
    expect(failureText({ kind: 'not-found' }, vi)).toBe(
      'Không tìm thấy hồ sơ với mã và 4 số điện thoại này. Vui lòng kiểm tra lại cả hai trên giấy tiếp nhận.',
    );
  });

  it('says how many minutes to wait after a lockout', () => {
    expect(failureText({ kind: 'locked', waitMinutes: 15 }, vi)).toMatch(/sau 15 phút/);
    expect(failureText({ kind: 'locked', waitMinutes: 1 }, en)).toMatch(/in 1 minute\.$/);
    expect(failureText({ kind: 'locked', waitMinutes: 0 }, vi)).toMatch(/sau ít phút\.$/);
    expect(failureText({ kind: 'locked', waitMinutes: 0 }, en)).toMatch(/in a few minutes\.$/);
  });

  it('announces each change politely, or that nothing changed', () => {
    expect(changesAnnouncement([], '', vi)).toBe('Hồ sơ không có thay đổi.');
    expect(
      changesAnnouncement(
        [
          { kind: 'status', to: 'processed' },
          { kind: 'step', step: 'Trả kết quả' },
        ],
        '',
        vi,
      ),
    ).toBe('Trạng thái hồ sơ đã thay đổi: Đã xử lý xong. Hồ sơ đang ở bước: Trả kết quả.');
  });

  it('announces a new supplement request with what was requested, and a new on-time state with its headline', () => {
    expect(changesAnnouncement([{ kind: 'supplement', reason: 'Bản sao CCCD' }], '', vi)).toBe(
      'Có yêu cầu bổ sung hồ sơ: Bản sao CCCD.',
    );
    expect(changesAnnouncement([{ kind: 'timeliness' }], 'Overdue by 2 working days', en)).toBe(
      'The dossier’s progress has been updated: Overdue by 2 working days.',
    );
  });
});

describe('the string tables', () => {
  it.each([
    ['the look-up', trackerStrings],
    ['the result', resultStrings],
  ] as const)('%s: a non-empty message for every key in both languages', (_, strings) => {
    for (const locale of ['vi', 'en'] as const) {
      const table: Record<string, Message> = strings[locale] ?? {};
      const keys = Object.keys(table);
      expect(keys.sort()).toEqual(Object.keys(strings.vi).sort());
      for (const message of Object.values(table)) {
        const forms = typeof message === 'string' ? [message] : Object.values(message);
        expect(forms.every((form) => typeof form === 'string' && form.trim().length > 0)).toBe(true);
      }
    }
  });
});

describe('English plurals', () => {
  it('says "1 of 1 step completed", not "1 of 1 steps"', () => {
    expect(en('timeline.progress', { done: 1, count: 1 })).toBe('1 of 1 step completed');
    expect(en('timeline.progress', { done: 2, count: 5 })).toBe('2 of 5 steps completed');
    expect(vi('timeline.progress', { done: 2, count: 5 })).toBe('Đã hoàn thành 2/5 bước');
  });
});
