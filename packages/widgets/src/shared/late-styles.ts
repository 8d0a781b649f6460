import type { CSSResult } from 'lit';

/**
 * Adds the styles that came with a piece loaded on first use (a detail view, a result panel) to a widget's shadow
 * root, after its own, once: the widget's first render does not carry the CSS of views it has not shown yet.
 */
export function adoptLateStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
