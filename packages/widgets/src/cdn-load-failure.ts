import type { CdnWidgetTag } from './cdn-widgets.js';

/** What a citizen's page says when a widget's code cannot be downloaded, in the element's language. */
const messages = {
  vi: 'Kh\u00f4ng t\u1ea3i \u0111\u01b0\u1ee3c ti\u1ec7n \u00edch. Vui l\u00f2ng t\u1ea3i l\u1ea1i trang.',
  en: 'The widget could not be loaded. Please reload the page.',
};

/**
 * Tells the page that a widget's module did not arrive (network down, a 404 after a partial upload, a CDN on another
 * origin without CORS headers), so no tag stays silently empty: one console error for the webmaster, and
 * `hcc-error` (`kind: 'network'`) on each element of that tag, as the widgets themselves report failed calls.
 */
export function reportLoadFailure(tag: CdnWidgetTag, url: string, error: unknown): void {
  console.error(
    `<${tag}>: could not load ${url} (${error}). Serve the whole dist/cdn folder of @hcc/widgets; ` +
      'from another origin, with Access-Control-Allow-Origin.',
  );
  for (const element of document.getElementsByTagName(tag)) {
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    const message = lang.startsWith('en') ? messages.en : messages.vi;
    element.dispatchEvent(
      new CustomEvent('hcc-error', {
        bubbles: true,
        composed: true,
        detail: { widget: tag, kind: 'network', message, error },
      }),
    );
  }
}
