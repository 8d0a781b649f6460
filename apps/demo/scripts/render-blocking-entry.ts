import type { Plugin } from 'vite';

/**
 * Marks each page's own script `blocking="render"`: the browser paints nothing until the script's first synchronous
 * part has run, which draws the demo bar and puts the page in the reader's language. Without it, a phone paints the
 * page, then pushes it down under the bar (a layout shift) and swaps its words. The script's later, slow part (the
 * mock, then the widgets) does not hold back the paint: a module stops blocking once its body has started.
 */
export function renderBlockingEntry(): Plugin {
  return {
    name: 'hcc-demo:render-blocking-entry',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(/<script type="module"(?![^>]*\bblocking=)/g, '<script type="module" blocking="render"'),
    },
  };
}
