/** A theme token the configurator offers, with the widgets' light-theme default (see the widgets' theme styles). */
export interface ThemeToken {
  /** The public custom property. */
  name: `--hcc-${string}`;
  /** The form control's id. */
  id: string;
  /** The control's value when the token is left at the widgets' default. */
  defaultValue: string;
  /** Turns the control's value into the property's value (adds units). */
  toCss: (value: string) => string;
}

const asIs = (value: string) => value;
const pixels = (value: string) => (value.trim() === '' ? '' : `${Number(value)}px`);

export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--hcc-color-primary', id: 'token-primary', defaultValue: '#0b57a4', toCss: asIs },
  { name: '--hcc-color-on-primary', id: 'token-on-primary', defaultValue: '#ffffff', toCss: asIs },
  { name: '--hcc-color-text', id: 'token-text', defaultValue: '#1b1f24', toCss: asIs },
  { name: '--hcc-color-background', id: 'token-background', defaultValue: '#ffffff', toCss: asIs },
  { name: '--hcc-color-surface', id: 'token-surface', defaultValue: '#f2f4f7', toCss: asIs },
  { name: '--hcc-color-border', id: 'token-border', defaultValue: '#6e7781', toCss: asIs },
  { name: '--hcc-radius', id: 'token-radius', defaultValue: '6', toCss: pixels },
  { name: '--hcc-font-size', id: 'token-font-size', defaultValue: '16', toCss: pixels },
  { name: '--hcc-font-family', id: 'token-font-family', defaultValue: '', toCss: asIs },
];

/**
 * The tokens whose control differs from the default, as `[property, value]` pairs: what the preview sets and the
 * snippet writes, so the two cannot disagree.
 */
export function changedTokens(
  controlValue: (token: ThemeToken) => string,
): Array<readonly [name: string, value: string]> {
  return THEME_TOKENS.filter((token) => controlValue(token).trim().toLowerCase() !== token.defaultValue).map(
    (token) => [token.name, token.toCss(controlValue(token))] as const,
  );
}
