import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheHashedAssetsMiddleware, HASHED_ASSET_CACHE } from '../../scripts/cache-hashed-assets.js';

let server: Server;
let base: string;

beforeAll(async () => {
  // A static server that, like Vite's, hands its own Cache-Control to writeHead.
  server = createServer((request, response) =>
    cacheHashedAssetsMiddleware(request, response, () => {
      response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' });
      response.end('ok');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the preview server’s caching', () => {
  it('lets browsers keep the hashed scripts and styles for a year', async () => {
    for (const path of ['/assets/index-BHevztnA.js', '/assets/start-page-BHcfahhh.css', '/demo/assets/a-1.js?v=1']) {
      const response = await fetch(base + path);
      expect(response.headers.get('cache-control')).toBe(HASHED_ASSET_CACHE);
    }
  });

  it('has pages and the mock’s service worker asked for again each time', async () => {
    for (const path of ['/index.html', '/', '/mockServiceWorker.js', '/assets/']) {
      const response = await fetch(base + path);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });
});
