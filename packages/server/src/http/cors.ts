import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'Content-Type, X-Verifier, Idempotency-Key, Authorization';

/** The CORS headers an answer to a request from `origin` carries, for the configured origins. */
export type CorsHeaders = (origin: string | undefined) => Record<string, string>;

/**
 * `*` allows any origin (the API is public and uses no cookies); otherwise only the listed origins get the CORS
 * headers. `Retry-After` is exposed so the widgets can honour it.
 */
export function corsHeadersFor(origins: readonly string[]): CorsHeaders {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (origin) => {
    const exposed = { 'Access-Control-Expose-Headers': 'Retry-After' };
    if (any) return { 'Access-Control-Allow-Origin': '*', ...exposed };
    if (origin && allowed.has(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', ...exposed };
    return exposed;
  };
}

/**
 * CORS for the widgets on government websites, on every answer (problems included). `OPTIONS` on any path is the
 * pre-flight. Requests the router cannot read (a broken URL) get the same headers from the app's framework-error
 * handler, through the same {@link CorsHeaders}.
 */
export function registerCors(app: FastifyInstance, cors: CorsHeaders) {
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(cors(request.headers.origin));
  });
  app.options('*', async (_request, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'GET, HEAD, POST, OPTIONS')
      .header('Access-Control-Allow-Headers', ALLOWED_HEADERS)
      .header('Access-Control-Max-Age', '600')
      .send(),
  );
}
