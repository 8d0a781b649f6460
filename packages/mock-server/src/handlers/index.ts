import type { paths } from '@hcc/sdk';
import type { RequestHandler } from 'msw';
import { createOpenApiHttp } from 'openapi-msw';
import type { MockDatabase } from '../db.js';
import { getProcedure, listAgencies, listFields, searchProcedures } from './catalogue.js';
import { getDossier, submitRating } from './dossiers.js';
import { frontDoorHandler } from './front-door.js';
import { underScenario } from './guard.js';
import { getSurvey, submitFeedback } from './satisfaction.js';
import { getStats } from './stats.js';

/** Matches any origin: `http://localhost:5173/api/v1`, `http://127.0.0.1:4010/api/v1`, a test's base… */
export const DEFAULT_BASE_URL = '*/api/v1';

export interface HandlerOptions {
  /** Where the API lives (default: any origin + `/api/v1`). */
  baseUrl?: string;
}

/** The MSW handlers of the whole API over one mock database: the same list runs in Node, the browser and the CLI. */
export function createHandlers(db: MockDatabase, options: HandlerOptions = {}): RequestHandler[] {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/$/, '');
  const http = createOpenApiHttp<paths>({ baseUrl });
  const url = (request: Request) => new URL(request.url);
  const handlers: RequestHandler[] = [
    frontDoorHandler(baseUrl, () => handlers),
    http.get('/agencies', ({ request, response }) =>
      underScenario(db, () => listAgencies(db, url(request))).then(response.untyped),
    ),
    http.get('/fields', ({ request, response }) =>
      underScenario(db, () => listFields(db, url(request))).then(response.untyped),
    ),
    http.get('/procedures', ({ request, response }) =>
      underScenario(db, () => searchProcedures(db, url(request))).then(response.untyped),
    ),
    http.get('/procedures/{code}', ({ params, response }) =>
      underScenario(db, () => getProcedure(db, params.code)).then(response.untyped),
    ),
    http.get('/dossiers/{code}', ({ request, params, response }) =>
      underScenario(db, () => getDossier(db, request, params.code)).then(response.untyped),
    ),
    http.post('/dossiers/{code}/ratings', ({ request, params, response }) =>
      underScenario(db, () => submitRating(db, request, params.code)).then(response.untyped),
    ),
    http.get('/survey', ({ request, response }) =>
      underScenario(db, () => getSurvey(url(request))).then(response.untyped),
    ),
    http.post('/feedback', ({ request, response }) =>
      underScenario(db, () => submitFeedback(db, request)).then(response.untyped),
    ),
    http.get('/stats', ({ request, response }) =>
      underScenario(db, () => getStats(db, url(request))).then(response.untyped),
    ),
  ];
  return handlers;
}
