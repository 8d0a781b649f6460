/**
 * Global CSS from a hostile host page: Bootstrap-like resets, a 62.5 % root font size (so `1rem` is 10 px), and
 * `!important` rules on every element, buttons, inputs, links and the widgets' tags themselves. A widget must look
 * the same with and without it.
 */
export const hostileCss = `
  html { font-size: 62.5% !important; }
  body { font-family: "Comic Sans MS", cursive !important; font-size: 1.4rem; line-height: 3 !important;
    color: #f0f !important; text-transform: uppercase !important; letter-spacing: 0.3em !important; }
  * { box-sizing: content-box !important; margin: 0; padding: 0; }
  *, *::before, *::after { color: #ff00ff !important; text-align: right !important; font-size: 11px !important;
    line-height: 3 !important; font-family: serif !important; text-transform: uppercase !important; }
  button, input, select, textarea { all: unset !important; font-size: 8px !important; border: 5px dotted red !important; }
  a { color: lime !important; text-decoration: none !important; }
  ul, ol { list-style: square !important; }
  h1, h2, h3, h4 { font-size: 4rem !important; }
  [hidden] { display: block !important; }
  div, p, span, li { font-size: 9px !important; word-spacing: 2em !important; }
  hcc-procedure-finder, hcc-dossier-tracker, hcc-satisfaction-survey {
    font-size: 10px !important; line-height: 1 !important; color: red !important; font-family: serif !important;
    font-weight: 900 !important; white-space: pre !important;
  }
`;

/** Adds {@link hostileCss} to the document; returns a function that removes it. */
export function installHostileCss(): () => void {
  const style = document.createElement('style');
  style.dataset.test = 'hostile';
  style.textContent = hostileCss;
  document.head.append(style);
  return () => style.remove();
}
