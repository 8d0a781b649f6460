import type { HccClient } from '@hcc/sdk';
import { createClient } from '@hcc/sdk';
import { type BrowserMock, type ScenarioOptions, startBrowserMock } from '@hcc/mock-server/browser';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { unmountAll } from './mount.js';

/** The base URL the mock answers in tests: this page's origin, like a widget with `api-base="/api/v1"`. */
export const mockApiBase = '/api/v1';

let mock: BrowserMock | undefined;

/**
 * Starts the mock API (MSW service worker, real Bắc Ninh data) once per test file, or switches its scenario
 * (`offline`, `flaky`, `slow`, `rate-limited`, `empty`, or `errorRate: 1` for 503s) and resets its state.
 */
export async function useMock(options: ScenarioOptions = {}): Promise<BrowserMock> {
  if (!mock) mock = await startBrowserMock({ readPageUrl: false, ...options });
  mock.reset();
  mock.use(options);
  return mock;
}

/**
 * The hooks most widget test files share: the mock started or reset (in `options`' scenario) before each test, the
 * widgets unmounted after each, the mock stopped after the last. Returns the running mock, for tests that change its
 * scenario or read its data.
 */
export function mockEachTest(options: ScenarioOptions = {}): () => BrowserMock {
  beforeEach(async () => {
    await useMock(options);
  });
  afterEach(unmountAll);
  afterAll(stopMock);
  return () => {
    if (!mock) throw new Error('mockEachTest: the mock starts before each test, not when the file loads');
    return mock;
  };
}

/** Stops the mock. Call it in `afterAll`. */
export function stopMock(): void {
  mock?.stop();
  mock = undefined;
}

/**
 * A client for the widget's `client` property that fails fast: short timeout, no retries. Tests of error states use
 * it so a timeout shows in half a second rather than after the SDK's 3 × 15 s.
 */
export function fastFailingClient(timeoutMs = 500): HccClient {
  return createClient({ baseUrl: new URL(mockApiBase, location.href).href, timeoutMs, retry: false });
}

/**
 * Counts the requests to the mock whose path starts with `pathPrefix` (`/api/v1/procedures`), from now until
 * `stop()`, which returns the URLs seen.
 */
export function countRequests(pathPrefix: string): { urls: URL[]; stop: () => URL[] } {
  const urls: URL[] = [];
  const current = mock;
  if (!current) throw new Error('countRequests: start the mock with useMock() first');
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith(pathPrefix)) urls.push(url);
  };
  current.worker.events.on('request:start', listener);
  return {
    urls,
    stop: () => {
      current.worker.events.removeListener('request:start', listener);
      return urls;
    },
  };
}
