import { type Locale, defaultLocale, parseLocale } from './i18n.js';

/** The `lang` an element inherits: the nearest ancestor's, across shadow roots (a widget inside another component). */
export function inheritedLang(element: Element): string | null {
  let current: Element | null = element;
  while (current) {
    if (current.hasAttribute('lang')) return current.getAttribute('lang');
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return null;
}

/**
 * The interface language of an element: its own `lang` when that is Vietnamese or English, else the nearest
 * ancestor's, else Vietnamese.
 */
export function resolveLocale(element: Element): Locale {
  return (
    parseLocale(element.getAttribute('lang')) ??
    parseLocale(inheritedLang(element.parentElement ?? element)) ??
    defaultLocale
  );
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever any `lang` attribute in the document changes. One observer serves every widget on the
 * page, watching only `lang`, so a page switching language updates all widgets at no measurable cost.
 */
export function onLangChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
