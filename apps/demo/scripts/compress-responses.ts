import compression from 'compression';
import type { Connect, Plugin } from 'vite';

/**
 * Serves the demo compressed (gzip, or brotli where the browser takes it), in development (`npm start`) and in
 * `npm run preview -w demo`, as any real web server of the province would: the mock's catalogue alone is several
 * hundred kilobytes of JSON that compresses ten times.
 */
export function compressResponses(): Plugin {
  // compression is typed for Express; it only uses what Node's own request and response have.
  const compress = compression() as unknown as Connect.NextHandleFunction;
  return {
    name: 'hcc-demo:compress-responses',
    configureServer(server) {
      server.middlewares.use(compress);
    },
    configurePreviewServer(server) {
      server.middlewares.use(compress);
    },
  };
}
