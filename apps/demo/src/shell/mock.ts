import { type BrowserMock, startBrowserMock } from '@hcc/mock-server/browser';

/**
 * Starts the mock API in this page through MSW's service worker. The mock reads `?scenario=` (and `?latency=`,
 * `?error-rate=`) from the page URL itself. The worker file sits next to the pages, so the built site works from any
 * folder of any web server.
 */
export function startDemoMock(): Promise<BrowserMock> {
  return startBrowserMock({ serviceWorkerUrl: new URL('mockServiceWorker.js', document.baseURI).pathname });
}
