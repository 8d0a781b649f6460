import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/** A year, never revalidated: a file under `assets/` has its content's hash in its name, so it never changes. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * Lets a browser keep the built demo's scripts and styles in `npm run preview -w demo`, as a real web server
 * should: a phone coming back loads them from its cache instead of asking again for each one over a slow network.
 * Pages and `mockServiceWorker.js` keep Vite's `no-cache` (asked again each time, answered 304 when unchanged).
 */
export function cacheHashedAssets(): Plugin {
  return {
    name: 'hcc-demo:cache-hashed-assets',
    configurePreviewServer(server) {
      server.middlewares.use(cacheHashedAssetsMiddleware);
    },
  };
}

/** The middleware: sets `Cache-Control` on answers under `/assets/`, over what the static server writes. */
export function cacheHashedAssetsMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (/\/assets\/[^/]+$/.test(path)) {
    // Vite's static server passes its own `Cache-Control: no-cache` to writeHead, which wins over setHeader.
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((...args: unknown[]) => {
      const headers = args.at(-1);
      if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
        (headers as Record<string, unknown>)['Cache-Control'] = HASHED_ASSET_CACHE;
      }
      response.setHeader('Cache-Control', HASHED_ASSET_CACHE);
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
  }
  next();
}
