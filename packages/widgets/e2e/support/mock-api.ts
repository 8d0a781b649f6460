import { createHandlers, createMockDatabase, type MockDatabase } from '@hcc/mock-server';
import { getResponse } from 'msw';
import type { ApiHandler } from './test-server.js';

/** The mock API over real HTTP: one mock database, answered through MSW's `getResponse`, as the CLI does. */
export interface MockApi {
  readonly db: MockDatabase;
  readonly handle: ApiHandler;
}

/** A fresh mock API (its own ratings, lockouts and scenario), so test files do not see each other's ratings. */
export function createMockApi(): MockApi {
  const db = createMockDatabase();
  const handlers = createHandlers(db);
  return {
    db,
    handle: async (request) => (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 }),
  };
}
