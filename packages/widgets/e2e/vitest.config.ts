import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../../tools/workspace-aliases.mjs';

/**
 * The proof on real host pages: node tests that serve static pages and the mock API over HTTP and drive Debian
 * Chromium through playwright-core. They load the built CDN file (`dist/cdn/hcc-widgets.js`), so run after `build`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: workspaceAliases },
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores shared with other jobs.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
