import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type ViteDevServer, createServer } from 'vite';

/** The demo's Vite config, as `npm start` uses it. */
export const DEMO_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Serves the demo with Vite's JS API on a free port of 127.0.0.1; the caller closes it. */
export async function startDemoServer(): Promise<{ server: ViteDevServer; url: string }> {
  const port = await freePort();
  const server = await createServer({
    configFile: DEMO_CONFIG,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, hmr: false },
  });
  await server.listen();
  return { server, url: `http://127.0.0.1:${port}/` };
}
