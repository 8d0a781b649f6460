import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockDatabase, type MockDatabase, type MockDatabaseOptions } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers/index.js';
import { type ScenarioOptions, scenarioFromUrl } from './runtime/scenario.js';

export * from './index.js';
export { scenarioFromUrl } from './runtime/scenario.js';

export interface BrowserMockOptions extends ScenarioOptions, HandlerOptions, Omit<MockDatabaseOptions, 'scenario'> {
  /** Where the page serves `mockServiceWorker.js` (from `npx msw init DIR --no-save`). Default `/mockServiceWorker.js`. */
  serviceWorkerUrl?: string;
  /** Read `?scenario=`, `?latency=` and `?error-rate=` from the page URL when not given here (default true). */
  readPageUrl?: boolean;
  /** Silence MSW's console log of each request (default true). */
  quiet?: boolean;
}

export interface BrowserMock {
  worker: SetupWorker;
  db: MockDatabase;
  use(options: ScenarioOptions): void;
  reset(): void;
  stop(): void;
}

/**
 * Starts the mock API in the page through a service worker (demo and browser tests only, never a real host page).
 * @example await startBrowserMock({ scenario: 'slow' });
 */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const {
    serviceWorkerUrl = '/mockServiceWorker.js',
    readPageUrl = true,
    quiet = true,
    scenario,
    latencyMs,
    errorRate,
    ...rest
  } = options;
  const fromUrl = readPageUrl && typeof location !== 'undefined' ? scenarioFromUrl(location.search) : {};
  const given: ScenarioOptions = Object.fromEntries(
    Object.entries({ scenario, latencyMs, errorRate, seed: rest.seed }).filter(([, value]) => value !== undefined),
  );
  const db = createMockDatabase({ ...rest, scenario: { ...fromUrl, ...given } });
  const worker = setupWorker(...createHandlers(db, rest));
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest: 'bypass', quiet });
  return {
    worker,
    db,
    use: (scenarioOptions) => db.use(scenarioOptions),
    reset: () => db.reset(),
    stop: () => worker.stop(),
  };
}
