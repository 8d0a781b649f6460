/** The interface languages. Vietnamese is the default; English the second language. */
export type Locale = 'vi' | 'en';

/** The default interface language. */
export const defaultLocale: Locale = 'vi';

/**
 * One translatable message: a string with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from
 * the `count` parameter. `zero` is used for a count of 0 when present (languages have no plural category for it, but
 * "Không tìm thấy thủ tục nào" reads better than "0 thủ tục").
 */
export type Message = string | PluralMessage;

/** Plural forms of a message, keyed by `Intl.PluralRules` category; `other` is always required. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The same keys in every language: the type checker catches a missing English string. */
export type Translations<K extends string> = Record<Locale, Record<K, Message>>;

/** One language's messages. */
export type MessageTable<K extends string> = Record<K, Message>;

/**
 * A widget's strings with English loaded on first use: Vietnamese, the default, ships with the widget; English is a
 * separate module (a chunk of its own in the builds) imported the first time a widget speaks English.
 */
export interface LazyTranslations<K extends string> {
  vi: MessageTable<K>;
  /** Set once loaded; until then (or if loading failed) the Vietnamese messages are used. */
  en?: MessageTable<K>;
  /** Imports the English messages (a dynamic `import()`). */
  loadEn: () => Promise<{ default: MessageTable<K> }>;
}

/** String tables a translator reads: both languages at hand, or English loaded on first use. */
export type StringTable<K extends string> = Translations<K> | LazyTranslations<K>;

/** Declares a widget's strings: the Vietnamese table, and the `import()` of the English one. */
export function lazyTranslations<K extends string>(
  vi: MessageTable<K>,
  loadEn: () => Promise<{ default: MessageTable<K> }>,
): LazyTranslations<K> {
  return { vi, loadEn };
}

const loadingEnglish = new WeakMap<LazyTranslations<string>, Promise<void>>();

/**
 * Makes every table ready for `locale`: for English, imports the tables not loaded yet (once per page, shared by every
 * widget using them). Resolves at once when nothing is missing; rejects when an import fails, and the next call tries
 * again.
 */
export function loadTranslations(locale: Locale, tables: readonly StringTable<string>[]): Promise<void> {
  if (locale !== 'en') return Promise.resolve();
  const missing = tables.filter((table): table is LazyTranslations<string> => table.en === undefined);
  return Promise.all(
    missing.map((table) => {
      let loading = loadingEnglish.get(table);
      if (!loading) {
        loading = table.loadEn().then(
          (module) => {
            table.en = module.default;
          },
          (error: unknown) => {
            loadingEnglish.delete(table);
            throw error;
          },
        );
        loadingEnglish.set(table, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

/** Whether every table has its messages for `locale` at hand. */
export function hasTranslations(locale: Locale, tables: readonly StringTable<string>[]): boolean {
  return tables.every((table) => table[locale] !== undefined);
}

/** Values for `{name}` placeholders. Numbers are formatted for the locale (`1.234` in Vietnamese). */
export type MessageParams = Record<string, string | number>;

/** Looks up `key` and fills in its placeholders. */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** BCP 47 tag used with `Intl` for each interface language. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale[locale]);
    pluralRules.set(locale, rules);
  }
  return rules;
}

function numberFormatFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale]);
    numberFormats.set(locale, format);
  }
  return format;
}

function choosePlural(message: PluralMessage, locale: Locale, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  const category = rulesFor(locale).select(count) as keyof PluralMessage;
  return message[category] ?? message.other;
}

/**
 * Renders one message in `locale`: picks the plural form for `params.count` and replaces `{name}` placeholders.
 * An unknown placeholder is left as written, so a missing parameter is visible rather than silently empty.
 */
export function formatMessage(message: Message, locale: Locale, params: MessageParams = {}): string {
  const count = params.count;
  const text =
    typeof message === 'string' ? message : choosePlural(message, locale, typeof count === 'number' ? count : 0);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numberFormatFor(locale).format(value) : value;
  });
}

/**
 * Makes a `t(key, params)` over one or more string tables for the locale `getLocale()` returns at each call, so it
 * follows a `lang` change without being rebuilt. Later tables win over earlier ones. English tables not loaded yet
 * answer in Vietnamese (see {@link loadTranslations}).
 */
export function createTranslator<K extends string>(
  getLocale: () => Locale,
  ...tables: StringTable<string>[]
): Translate<K> {
  return translateWith(getLocale, tables);
}

/**
 * {@link createTranslator} over a list read at each call, so tables that arrive later (with a piece of the widget
 * loaded on first use) are found once added to it.
 */
export function translateWith<K extends string>(
  getLocale: () => Locale,
  tables: readonly StringTable<string>[],
): Translate<K> {
  return (key, params) => {
    const locale = getLocale();
    for (let index = tables.length - 1; index >= 0; index -= 1) {
      const table = tables[index];
      // English not loaded (yet, or the import failed): Vietnamese, never a bare key.
      const message = table?.[locale]?.[key] ?? table?.vi[key];
      if (message !== undefined) return formatMessage(message, locale, params);
    }
    return key;
  };
}

/**
 * Reads a language tag (`vi`, `vi-VN`, `en-US`, `EN`) as an interface language; `undefined` when it is neither
 * Vietnamese nor English.
 */
export function parseLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}
