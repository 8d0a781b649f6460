/** Longest wait for the first paint: a page whose paint is never reported still starts, only without that order. */
const PAINT_WAIT_LIMIT_MS = 2000;

/**
 * Resolves once the page's first contentful paint is on screen (as the browser reports it, after the frame was
 * presented). Work started after it (the mock's download, its catalogue) cannot hold back the first paint, nor share
 * a slow network with what that paint needs. A hidden page paints nothing, so it does not wait.
 */
export function afterFirstContentfulPaint(): Promise<void> {
  if (document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(limit);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    const limit = setTimeout(done, PAINT_WAIT_LIMIT_MS);
    observer.observe({ type: 'paint', buffered: true });
  });
}
