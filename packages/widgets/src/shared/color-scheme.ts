import { css, type CSSResult } from 'lit';
import { darkLook } from './theme.styles.js';

/** The colour scheme a host page asks for through CSS `color-scheme`. */
export type HostScheme = 'light' | 'dark' | 'auto';

/**
 * The dark colours on the host; `color-scheme` goes on the shadow root's children, not the host, so the page's own
 * value stays readable on the host.
 */
const sheets: Record<Exclude<HostScheme, 'light'>, CSSResult> = {
  dark: css`
    :host {
      ${darkLook}
    }
    :host > * {
      color-scheme: dark;
    }
  `,
  auto: css`
    @media (prefers-color-scheme: dark) {
      :host {
        ${darkLook}
      }
      :host > * {
        color-scheme: dark;
      }
    }
  `,
};

/**
 * What the page's `color-scheme` asks of a widget without `theme`: set on the element itself
 * (`hcc-procedure-finder { color-scheme: dark }`, which beats the widget's own `light`) or inherited from an ancestor
 * (`:root { color-scheme: light dark }`). `dark` alone forces dark, `light dark` follows the system, anything else
 * is light.
 */
export function hostColorScheme(element: HTMLElement): HostScheme {
  const own = getComputedStyle(element).colorScheme;
  const parent = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined);
  const words = (own.includes('dark') || !parent ? own : getComputedStyle(parent).colorScheme).split(/\s+/u);
  if (!words.includes('dark')) return 'light';
  return words.includes('light') ? 'auto' : 'dark';
}

/** Adds the stylesheet for `scheme` to the widget's shadow root (and removes the other one). */
export function adoptHostScheme(root: ShadowRoot, scheme: HostScheme): void {
  const ours = Object.values(sheets).map((sheet) => sheet.styleSheet);
  const wanted = scheme === 'light' ? undefined : sheets[scheme].styleSheet;
  const current = root.adoptedStyleSheets;
  const others = current.filter((sheet) => !ours.includes(sheet));
  if (current.length === others.length + (wanted ? 1 : 0) && (!wanted || current.includes(wanted))) return;
  root.adoptedStyleSheets = wanted ? [...others, wanted] : others;
}
