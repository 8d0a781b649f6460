/** The demo speaks Vietnamese first, English second — like the widgets. */
export type Lang = 'vi' | 'en';

/**
 * English for the elements a page marks with `data-i18n="key"` (text), `data-i18n-label="key"` (aria-label) or, on a
 * `<meta>`, `data-i18n-content="key"` (its content: the page's description).
 */
export type EnglishStrings = Readonly<Record<string, string>>;

/** Strings a script renders, in both languages. */
export type Strings<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

const STORAGE_KEY = 'hcc-demo:lang';
const listeners = new Set<(lang: Lang) => void>();

/** The language to start with: `?lang=` in the URL, else the visitor's last choice, else Vietnamese. */
export function pickLanguage(search: string, stored: string | null): Lang {
  const candidates = [new URLSearchParams(search).get('lang'), stored];
  return candidates.find((candidate): candidate is Lang => candidate === 'vi' || candidate === 'en') ?? 'vi';
}

/** The page's current language, read from `<html lang>` (what the widgets follow too). */
export function currentLanguage(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

/**
 * Sets `lang` on `<html>` — the widgets, having no `lang` of their own, follow it — and translates the page's marked
 * elements. The Vietnamese text stays in the HTML and is remembered the first time an element is translated.
 */
export function applyLanguage(lang: Lang, english: EnglishStrings): void {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.dataset.i18nVi ??= element.textContent ?? '';
    element.textContent = translated(lang, element.dataset.i18n, element.dataset.i18nVi, english);
  }
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[data-i18n-content]')) {
    meta.dataset.i18nContentVi ??= meta.content;
    meta.content = translated(lang, meta.dataset.i18nContent, meta.dataset.i18nContentVi, english);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.dataset.i18nLabelVi ??= element.getAttribute('aria-label') ?? '';
    element.setAttribute(
      'aria-label',
      translated(lang, element.dataset.i18nLabel, element.dataset.i18nLabelVi, english),
    );
  }
  rememberLanguage(lang);
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` after every language change (for content a script renders). */
export function onLanguageChange(listener: (lang: Lang) => void): void {
  listeners.add(listener);
}

/** The visitor's last choice, if the browser lets us keep one. */
export function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function rememberLanguage(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode, strict settings): the choice then lasts for this page only.
  }
}

function translated(lang: Lang, key: string | undefined, vietnamese: string, english: EnglishStrings): string {
  if (lang === 'vi' || key === undefined) return vietnamese;
  return english[key] ?? vietnamese;
}

/** Fills `%{name}` placeholders, as the widgets' strings do. */
export function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/%\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
