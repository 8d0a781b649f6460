import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';
import { chromiumLaunchOptions } from '../../tools/chromium.mjs';
import { workspaceAliases } from '../../tools/workspace-aliases.mjs';
import { minifyLiterals, WIDGET_SOURCE } from './scripts/minify-literals.mjs';

/** Debian's Chromium, never a downloaded one, with the project's flags (tools/chromium.mjs). */
const chromium = playwright({ launchOptions: chromiumLaunchOptions });

/**
 * The widgets' sources with their template literals minified as every build does (`scripts/minify-literals.mjs`), so
 * the tests see the templates that ship.
 */
const shippedLiterals: Plugin = {
  name: 'hcc-shipped-literals',
  enforce: 'pre',
  async transform(code, id) {
    if (!WIDGET_SOURCE.test(id)) return undefined;
    const minified = await minifyLiterals(code, id);
    return minified === code ? undefined : { code: minified, map: null };
  },
};

export default defineConfig({
  plugins: [shippedLiterals],
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
