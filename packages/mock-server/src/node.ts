import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createMockDatabase, type MockDatabase, type MockDatabaseOptions } from './db.js';
import { createHandlers, type HandlerOptions } from './handlers/index.js';
import type { RatingBook } from './runtime/ratings.js';
import type { ScenarioOptions } from './runtime/scenario.js';

export * from './index.js';

type SetupServerApi = ReturnType<typeof setupServer>;

/** What {@link createMockServer} returns. */
export interface MockServer {
  /** MSW's Node server: `listen()` in `beforeAll`, `close()` in `afterAll`. */
  server: SetupServerApi;
  db: MockDatabase;
  handlers: RequestHandler[];
  /** The stored ratings, e.g. `mock.ratings.count()`. */
  ratings: RatingBook;
  /** Switches the scenario: `mock.use({ scenario: 'flaky', seed: 3 })`. */
  use(options: ScenarioOptions): void;
  /** Back to the start (seeded ratings, no lockouts, normal scenario) and MSW's own overrides removed. */
  reset(): void;
  /** Starts intercepting; unhandled requests are errors by default. */
  listen(options?: Parameters<SetupServerApi['listen']>[0]): void;
  close(): void;
}

/**
 * The mock API for Node tests (vitest). Intercepts `fetch` for any origin + `/api/v1` by default.
 * @example
 * const mock = createMockServer();
 * beforeAll(() => mock.listen());
 * afterEach(() => mock.reset());
 * afterAll(() => mock.close());
 */
export function createMockServer(options: MockDatabaseOptions & HandlerOptions = {}): MockServer {
  const db = createMockDatabase(options);
  const handlers = createHandlers(db, options);
  const server = setupServer(...handlers);
  return {
    server,
    db,
    handlers,
    get ratings() {
      return db.ratings;
    },
    use: (scenario) => db.use(scenario),
    reset: () => {
      db.reset();
      server.resetHandlers();
    },
    listen: (listenOptions) => server.listen({ onUnhandledRequest: 'error', ...listenOptions }),
    close: () => server.close(),
  };
}
