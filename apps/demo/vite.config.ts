import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../tools/workspace-aliases.mjs';
import { cacheHashedAssets } from './scripts/cache-hashed-assets';
import { compressResponses } from './scripts/compress-responses';
import { mockServiceWorker } from './scripts/mock-service-worker';
import { renderBlockingEntry } from './scripts/render-blocking-entry';

const page = (name: string) => fileURLToPath(new URL(`./${name}.html`, import.meta.url));

/** The demo always shows the current code: the workspace packages resolve to their sources. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs, so the built site works from any folder of any web server.
  base: './',
  resolve: { alias: workspaceAliases },
  plugins: [mockServiceWorker(), compressResponses(), cacheHashedAssets(), renderBlockingEntry()],
  server: {
    port: 5173,
    strictPort: true,
    // `npm run start:server`: the API is @hcc/server, not the mock in the page.
    ...(process.env.VITE_HCC_SERVER ? { proxy: { '/api/v1': process.env.VITE_HCC_SERVER } } : {}),
  },
  build: {
    target: 'es2022',
    // The mock ships the province's whole catalogue (about 1,800 procedures) so the demo runs without a server.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: page('index'),
        configurator: page('configurator'),
        dashboard: page('dashboard'),
        try: page('try'),
      },
    },
  },
});
