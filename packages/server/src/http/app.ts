import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { CatalogueCache } from '../catalogue/catalogue-cache.js';
import { Popularity } from '../catalogue/popularity.js';
import type { Db } from '../db/db.js';
import { serverSettings, type ServerSettings } from '../settings.js';
import { verifierKey } from '../stores/settings-store.js';
import type { AppContext } from './context.js';
import { corsHeadersFor, registerCors } from './cors.js';
import { type OpenApi, loadOpenApi } from './openapi.js';
import { badRequest, contentTooLarge, internalError, notFound, unavailable } from './problems.js';
import { sendJson, sendProblem } from './reply.js';
import { catalogueHandlers } from './routes/catalogue.js';
import { dossierHandlers } from './routes/dossiers.js';
import { satisfactionHandlers } from './routes/satisfaction.js';
import { statsHandlers } from './routes/stats.js';
import { registerOperations } from './routing.js';

/** The public API's base path. */
export const API_PREFIX = '/api/v1';

export interface AppOptions {
  settings?: Partial<ServerSettings>;
  /** Fastify's logger: pino options, or `false` (the default, for tests and embedding). */
  logger?: FastifyServerOptions['logger'];
  openApi?: OpenApi;
  /** Extra routes (the ingest API) registered with the same context. */
  plugins?: Array<(app: FastifyInstance, ctx: AppContext) => void>;
}

/** Logs say what happened, never who: no headers (verifiers, tokens), no query text, no dossier codes in URLs. */
export const logSerializers = {
  req: (request: { method: string; routeOptions?: { url?: string } }) => ({
    method: request.method,
    route: request.routeOptions?.url ?? 'unmatched',
  }),
};

/** Builds the server: the contract's routes over the database, plus health checks, CORS and problem answers. */
export async function createApp(db: Db, options: AppOptions = {}): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const settings = serverSettings(options.settings);
  const ctx: AppContext = {
    db,
    settings,
    catalogue: new CatalogueCache(db),
    popularity: new Popularity(db, settings.now),
    verifierKey: await verifierKey(db, settings.verifierKey),
  };
  const cors = corsHeadersFor(settings.corsOrigins);
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: settings.trustProxy,
    bodyLimit: settings.bodyLimit,
    return503OnClosing: true,
    // Before routing, so before the CORS hook: the headers are added here, or a browser would hide the problem.
    frameworkErrors: (error, request, reply) => {
      reply.headers(cors(request.headers.origin));
      sendProblem(reply, badRequest(error.code === 'FST_ERR_BAD_URL' ? 'Đường dẫn không hợp lệ.' : error.message));
    },
    clientErrorHandler: (_error, socket) => {
      const body = JSON.stringify(badRequest('Yêu cầu HTTP không đọc được.'));
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      } else socket.destroy();
    },
  });
  // Bodies are read as text and checked against the contract by the route itself (400, never a framework error).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(reply, contentTooLarge(request.routeOptions.bodyLimit ?? settings.bodyLimit));
    }
    if (error.statusCode && error.statusCode < 500) return sendProblem(reply, badRequest(error.message));
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, internalError());
  });
  app.setNotFoundHandler((_request, reply) =>
    sendProblem(reply, notFound('resource', 'Không có tài nguyên này trong API.')),
  );

  registerCors(app, cors);
  app.get('/healthz', async (_request, reply) => sendJson(reply, 200, { status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return sendJson(reply, 200, { status: 'ready', database: db.kind });
    } catch {
      return sendProblem(reply, unavailable(5));
    }
  });
  registerOperations(app, options.openApi ?? loadOpenApi(), API_PREFIX, {
    ...catalogueHandlers(ctx),
    ...dossierHandlers(ctx),
    ...satisfactionHandlers(ctx),
    ...statsHandlers(ctx),
  });
  for (const plugin of options.plugins ?? []) plugin(app, ctx);
  return { app, ctx };
}
