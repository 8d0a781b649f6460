import { type SetupWorker, setupWorker } from 'msw/browser';
import { createMockDatabase, type MockDatabase, type MockDatabaseOptions } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers/index.js';
import { SCENARIOS, type ScenarioName, type ScenarioOptions } from './runtime/scenario.js';

export * from './index.js';

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

/** `?scenario=flaky&latency=300&error-rate=0.2` → scenario options; unknown values are ignored with a warning. */
export function scenarioFromUrl(search: string): ScenarioOptions {
  const params = new URLSearchParams(search);
  const options: ScenarioOptions = {};
  const scenario = params.get('scenario');
  if (scenario && (SCENARIOS as readonly string[]).includes(scenario)) options.scenario = scenario as ScenarioName;
  else if (scenario) console.warn(`[hcc mock] unknown ?scenario=${scenario}; use one of: ${SCENARIOS.join(', ')}`);
  const latency = Number(params.get('latency'));
  if (params.has('latency') && latency >= 0) options.latencyMs = latency;
  const errorRate = Number(params.get('error-rate'));
  if (params.has('error-rate') && errorRate >= 0 && errorRate <= 1) options.errorRate = errorRate;
  return options;
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
