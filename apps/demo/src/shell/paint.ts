/**
 * Resolves once the page as it stands has been painted: a task queued from a frame callback runs after that frame
 * is drawn. Work started after it (the mock's download, its catalogue) cannot hold back the first paint, nor share
 * a slow network with what that paint needs. A hidden page paints nothing, so it does not wait.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
