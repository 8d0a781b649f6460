import { css } from 'lit';

/**
 * The dark look (see `darkPalette`), also applied when the host page opts in through `color-scheme`: dark colours,
 * and padding with rounded corners, since the widget is then a dark box whose text must not touch its edges.
 */
export const darkLook = css`
  padding: var(--_space);
  border-radius: var(--_radius);
  --_primary: var(--hcc-color-primary, #8cb8ff);
  --_on-primary: var(--hcc-color-on-primary, #0a1a33);
  --_text: var(--hcc-color-text, #e9edf2);
  --_muted: var(--hcc-color-text-muted, #aeb7c2);
  --_background: var(--hcc-color-background, #14171b);
  --_surface: var(--hcc-color-surface, #1f242a);
  --_border: var(--hcc-color-border, #8d98a5);
  --_focus: var(--hcc-color-focus, #ffb45c);
  --_success: var(--hcc-color-success, #6fd59a);
  --_warning: var(--hcc-color-warning, #f5c062);
  --_danger: var(--hcc-color-danger, #ff9b90);
  --_highlight: var(--hcc-color-highlight, #5c4a00);
`;

/** The dark palette: for `theme="dark"`, and for `theme="auto"` when the reader's system prefers dark. */
const darkPalette = css`
  ${darkLook}
  color-scheme: dark;
`;

/**
 * The design tokens. Public `--hcc-*` custom properties (set by the host page, documented in the README) feed private
 * `--_*` ones that the widgets use. Defaults meet WCAG 2.2 AA: text 4.5:1 and borders 3:1 on their backgrounds, in
 * light and dark. Light unless the page asks otherwise: a dark system alone must not turn a widget dark inside a light
 * page. `theme="dark"` forces dark, `theme="auto"` follows the system; without `theme`, the host page's
 * `color-scheme` decides (`color-scheme.ts`).
 */
export const tokenStyles = css`
  :host {
    --_primary: var(--hcc-color-primary, #0b57a4);
    --_on-primary: var(--hcc-color-on-primary, #ffffff);
    --_text: var(--hcc-color-text, #1b1f24);
    --_muted: var(--hcc-color-text-muted, #555e68);
    --_background: var(--hcc-color-background, #ffffff);
    --_surface: var(--hcc-color-surface, #f2f4f7);
    --_border: var(--hcc-color-border, #6e7781);
    --_focus: var(--hcc-color-focus, #b3550a);
    --_success: var(--hcc-color-success, #11683a);
    --_warning: var(--hcc-color-warning, #855200);
    --_danger: var(--hcc-color-danger, #b42318);
    --_highlight: var(--hcc-color-highlight, #fff1a8);
    --_radius: var(--hcc-radius, 0.375em);
    --_space: var(--hcc-spacing, 1em);
    --_font: var(
      --hcc-font-family,
      system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif
    );
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
`;

/**
 * Keeps the host page's CSS out. `all: initial` drops everything inherited; the inherited typography is then set
 * with `!important`, which inside a shadow root beats even the page's `!important` rules on the element (the cascade
 * lets the inner context win for important declarations). Layout (`display`, margins, width) stays overridable so
 * webmasters can place the widget. Sizes are in `em` from `medium`, the reader's default text size: a larger
 * default in the browser's settings enlarges them, `html { font-size: 62.5% }` cannot shrink them, zoom scales them.
 */
export const resetStyles = css`
  :host {
    all: initial;
    display: block;
    color: var(--_text) !important;
    background: var(--_background);
    font-family: var(--_font) !important;
    /* medium: the reader's own default text size (16 px unless they changed it), whatever the page's root size. */
    font-size: var(--hcc-font-size, medium) !important;
    font-weight: 400 !important;
    font-style: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    cursor: auto !important;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure,
  fieldset {
    margin: 0;
    padding: 0;
  }
  h1,
  h2,
  h3,
  h4 {
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg {
    display: inline-block;
    vertical-align: middle;
    flex-shrink: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** Buttons every widget uses: `.button` (primary) and `.button.secondary`, at least 44 px high for touch. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
    line-height: 1.25;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

/** Everything a widget's shadow root starts from: tokens, the reset and the shared buttons. */
export const themeStyles = [tokenStyles, resetStyles, buttonStyles];
