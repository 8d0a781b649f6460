import { delay, HttpResponse } from 'msw';
import type { MockDatabase } from '../db.js';
import { internalError, problemResponse, rateLimited, unavailable, withRetryAfter } from '../http/problems.js';

/**
 * Runs a handler under the scenario in force (latency, failures) and turns an unexpected exception into a problem
 * document rather than a dropped connection. Bad input never reaches that path: handlers validate first.
 */
export async function underScenario(db: MockDatabase, handle: () => Response | Promise<Response>): Promise<Response> {
  const failure = db.scenario.nextFailure();
  const wait = db.scenario.delayMs();
  if (wait > 0) await delay(wait);
  if (failure === 'network-error') return HttpResponse.error();
  if (failure === 'timeout') await delay('infinite');
  if (failure === 'rate-limited') return withRetryAfter(rateLimited(30));
  if (failure === 'unavailable') return withRetryAfter(unavailable(1));
  try {
    return await handle();
  } catch (error) {
    console.error('[hcc-mock-server] unexpected error', error);
    return problemResponse(internalError());
  }
}
