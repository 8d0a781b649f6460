import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../vitest.aliases.js';

/** Debian's Chromium, never a downloaded one; the flags keep it quiet and offline (see STACK.md). */
const chromium = playwright({
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  },
});

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
