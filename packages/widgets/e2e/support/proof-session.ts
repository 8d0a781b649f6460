import type { FixtureDossier } from '@hcc/mock-server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { createMockApi, type MockApi } from './mock-api.js';
import { collectPageErrors, installProbe, type WidgetTag, waitForWidgets } from './page-probe.js';
import { recordScriptDownloads, type ScriptDownloads } from './script-downloads.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A page opened by {@link ProofSession.open}, with what it logged. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors, as they happen. */
  errors: string[];
  /** Every script the page downloaded, from the first. */
  scripts: ScriptDownloads;
}

export interface PageOptions {
  /** CSS pixels; default 1280 × 900. */
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel; 2 with a 180 px viewport is a 360 px phone at 200 % zoom. */
  deviceScaleFactor?: number;
  /** The widgets the page holds, waited for before `open` resolves; default all three. */
  widgets?: readonly WidgetTag[];
  /**
   * More query parameters for the page's `{{name}}` placeholders. `cdn` names the CDN file a page loads (default
   * `hcc-widgets`, the loader; `hcc-widgets.bundle` for the one-file bundle) and `cdnBase` the folder it comes from
   * (default `/cdn`, the page's own origin).
   */
  query?: Record<string, string>;
  /** Runs on the page's fresh browser context before the page loads (to route its requests). */
  beforeLoad?: (context: BrowserContext) => Promise<void>;
}

/** One server, one mock API and one Chromium for a test file. */
export interface ProofSession {
  readonly origin: string;
  readonly mock: MockApi;
  /** A dossier being processed, for the tracker. */
  readonly tracked: FixtureDossier;
  /** A finished dossier nobody has rated, for the survey. */
  readonly rated: FixtureDossier;
  /**
   * Opens `path` (`/hostile.html`, `/strict/hostile.html`…) with the tracked dossier in `?ma-ho-so=` and the rated
   * one in the survey, in a fresh browser context, after resetting the mock (so each page can rate again).
   */
  open(path: string, options?: PageOptions): Promise<OpenedPage>;
  close(): Promise<void>;
}

export async function startProofSession(): Promise<ProofSession> {
  const mock = createMockApi();
  const tracked = findFixture(mock, (dossier) => dossier.status === 4);
  const rated = findFixture(
    mock,
    (dossier) => [3, 8, 9, 10].includes(dossier.status) && mock.db.ratings.get(dossier.code) === undefined,
  );
  const server: TestServer = await startTestServer(mock.handle);
  const browser: Browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    origin: server.origin,
    mock,
    tracked,
    rated,
    async open(path, options = {}) {
      mock.db.reset();
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        deviceScaleFactor: options.deviceScaleFactor ?? 1,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      contexts.push(context);
      await installProbe(context);
      await options.beforeLoad?.(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const scripts = recordScriptDownloads(page);
      const query = new URLSearchParams({
        'ma-ho-so': tracked.code,
        dossier: rated.code,
        cdn: 'hcc-widgets',
        cdnBase: '/cdn',
        ...options.query,
      });
      await page.goto(`${server.origin}${path}?${query}`);
      await waitForWidgets(page, options.widgets);
      return { page, context, errors, scripts };
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
      await browser.close();
      await server.close();
    },
  };
}

function findFixture(mock: MockApi, matches: (dossier: FixtureDossier) => boolean): FixtureDossier {
  const found = mock.db.fixtures.find(matches);
  if (!found) throw new Error('The mock has no fixture dossier for this proof');
  return found;
}
