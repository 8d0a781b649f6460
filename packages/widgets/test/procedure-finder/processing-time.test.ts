import { describe, expect, it } from 'vitest';
import { type FinderStringKey, finderStrings } from '../../src/procedure-finder/procedure-finder.strings.js';
import { formatDuration } from '../../src/procedure-finder/processing-time.js';
import { createTranslator, loadTranslations } from '../../src/shared/i18n.js';

// English is a separate module the widget imports on first use.
await loadTranslations('en', [finderStrings]);

describe('formatDuration', () => {
  const vi = createTranslator<FinderStringKey>(() => 'vi', finderStrings);
  const en = createTranslator<FinderStringKey>(() => 'en', finderStrings);

  it('counts working days', () => {
    expect(formatDuration({ value: 3, unit: 'working-day' }, vi)).toBe('3 ngày làm việc');
    expect(formatDuration({ value: 1, unit: 'working-day' }, en)).toBe('1 working day');
    expect(formatDuration({ value: 15, unit: 'day' }, en)).toBe('15 days');
  });

  it('keeps the official wording of a limit that is not a number of days', () => {
    expect(formatDuration({ value: 0, unit: 'other', text: 'Trong ngày làm việc' }, vi)).toBe('Trong ngày làm việc');
  });

  it('says the procedure sets the limit when the record gives no wording', () => {
    expect(formatDuration({ value: 1, unit: 'other' }, en)).toBe('As set by the procedure');
  });

  it('says immediately for 0', () => {
    expect(formatDuration({ value: 0, unit: 'working-day' }, vi)).toBe('Giải quyết ngay');
  });
});
