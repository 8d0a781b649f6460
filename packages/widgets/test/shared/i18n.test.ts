import { describe, expect, it, vi } from 'vitest';
import {
  createTranslator,
  formatMessage,
  hasTranslations,
  type Locale,
  lazyTranslations,
  loadTranslations,
  parseLocale,
  type Translations,
} from '../../src/shared/i18n.js';

const strings = {
  vi: { found: { zero: 'Không tìm thấy thủ tục nào', other: 'Tìm thấy {count} thủ tục' }, hello: 'Xin chào {name}' },
  en: {
    found: { zero: 'No procedures found', one: 'Found {count} procedure', other: 'Found {count} procedures' },
    hello: 'Hello {name}',
  },
} satisfies Translations<'found' | 'hello'>;

describe('formatMessage', () => {
  it('fills {name} placeholders', () => {
    expect(formatMessage('Xin chào {name}', 'vi', { name: 'Lan' })).toBe('Xin chào Lan');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('Xin chào {name}', 'vi')).toBe('Xin chào {name}');
  });

  it('picks the English plural form by count', () => {
    expect(formatMessage(strings.en.found, 'en', { count: 1 })).toBe('Found 1 procedure');
    expect(formatMessage(strings.en.found, 'en', { count: 2 })).toBe('Found 2 procedures');
  });

  it('uses the zero form for 0 when there is one', () => {
    expect(formatMessage(strings.vi.found, 'vi', { count: 0 })).toBe('Không tìm thấy thủ tục nào');
    expect(formatMessage(strings.en.found, 'en', { count: 0 })).toBe('No procedures found');
  });

  it('formats numbers for the locale', () => {
    expect(formatMessage(strings.vi.found, 'vi', { count: 1788 })).toBe('Tìm thấy 1.788 thủ tục');
    expect(formatMessage(strings.en.found, 'en', { count: 1788 })).toBe('Found 1,788 procedures');
  });
});

describe('createTranslator', () => {
  it('follows the locale at each call', () => {
    let locale: Locale = 'vi';
    const t = createTranslator<'hello'>(() => locale, strings);
    expect(t('hello', { name: 'Lan' })).toBe('Xin chào Lan');
    locale = 'en';
    expect(t('hello', { name: 'Lan' })).toBe('Hello Lan');
  });

  it('lets a later table override an earlier one', () => {
    const override = { vi: { hello: 'Chào {name}' }, en: { hello: 'Hi {name}' } };
    const t = createTranslator<'hello' | 'found'>(() => 'vi', strings, override);
    expect(t('hello', { name: 'Lan' })).toBe('Chào Lan');
    expect(t('found', { count: 3 })).toBe('Tìm thấy 3 thủ tục');
  });

  it('shows the key of a missing string', () => {
    const t = createTranslator<string>(() => 'vi', strings);
    expect(t('missing.key')).toBe('missing.key');
  });
});

describe('parseLocale', () => {
  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
  ])('reads %s as %s', (tag, locale) => {
    expect(parseLocale(tag)).toBe(locale);
  });

  it.each(['fr', '', null, undefined])('refuses %s', (tag) => {
    expect(parseLocale(tag)).toBeUndefined();
  });
});

describe('English loaded on first use', () => {
  const english = { hello: 'Hello {name}' };

  it('answers in Vietnamese until English is loaded, then in English', async () => {
    const table = lazyTranslations({ hello: 'Xin chào {name}' }, () => Promise.resolve({ default: english }));
    const t = createTranslator<'hello'>(() => 'en', table);
    expect(hasTranslations('en', [table])).toBe(false);
    expect(t('hello', { name: 'Lan' })).toBe('Xin chào Lan');
    await loadTranslations('en', [table]);
    expect(hasTranslations('en', [table])).toBe(true);
    expect(t('hello', { name: 'Lan' })).toBe('Hello Lan');
  });

  it('imports a table once, however many widgets ask at the same time', async () => {
    const load = vi.fn(() => Promise.resolve({ default: english }));
    const table = lazyTranslations({ hello: 'Xin chào {name}' }, load);
    await Promise.all([loadTranslations('en', [table]), loadTranslations('en', [table])]);
    await loadTranslations('en', [table]);
    expect(load).toHaveBeenCalledOnce();
  });

  it('imports nothing for Vietnamese', async () => {
    const load = vi.fn(() => Promise.resolve({ default: english }));
    await loadTranslations('vi', [lazyTranslations({ hello: 'Xin chào {name}' }, load)]);
    expect(load).not.toHaveBeenCalled();
  });

  it('rejects when the import fails, and tries again on the next call', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof english }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: english });
    const table = lazyTranslations({ hello: 'Xin chào {name}' }, load);
    await expect(loadTranslations('en', [table])).rejects.toThrow('Failed to fetch');
    await loadTranslations('en', [table]);
    expect(table.en?.hello).toBe('Hello {name}');
  });
});
