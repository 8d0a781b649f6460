import type { BrowserMock } from '@hcc/mock-server/browser';

/**
 * Starts the mock API in this page through MSW's service worker. The mock reads `?scenario=` (and `?latency=`,
 * `?error-rate=`) from the page URL itself. The worker file sits next to the pages, so the built site works from any
 * folder of any web server.
 */
export async function startDemoMock(): Promise<BrowserMock> {
  // Imported only here, once the page is drawn (see startPage): the mock carries the province's whole catalogue
  // (about 300 kB compressed), which must not hold back the page's first paint on a phone.
  const { startBrowserMock } = await import('@hcc/mock-server/browser');
  return startBrowserMock({ serviceWorkerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname });
}
