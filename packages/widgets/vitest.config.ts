import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';
import { workspaceAliases } from '../../tools/workspace-aliases.mjs';

/** Debian's Chromium, never a downloaded one, with the project's flags (tools/chromium.mjs). */
const chromium = playwright({ launchOptions: chromiumLaunchOptions });

export default defineConfig({
  resolve: { alias: workspaceAliases },
  // Serves MSW's worker script (test/public/mockServiceWorker.js) from the test page's origin.
  publicDir: 'test/public',
  // Pre-bundled up front so Vite does not reload the page mid-run when a test first imports them.
  optimizeDeps: {
    include: [
      'axe-core',
      'lit',
      'lit/directives/class-map.js',
      'lit/directives/live.js',
      'msw',
      'msw/browser',
      'openapi-msw',
      'react',
      'react-dom/client',
      '@lit/react',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            provider: chromium,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
