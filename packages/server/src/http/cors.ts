import type { FastifyInstance } from 'fastify';

const ALLOWED_HEADERS = 'Content-Type, X-Verifier, Idempotency-Key, Authorization';

/**
 * CORS for the widgets on government websites: `*` allows any origin (the API is public and uses no cookies);
 * otherwise only the listed origins get the CORS headers. `OPTIONS` on any path is the pre-flight.
 */
export function registerCors(app: FastifyInstance, origins: readonly string[]) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (any) reply.header('Access-Control-Allow-Origin', '*');
    else if (origin && allowed.has(origin))
      reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin');
    reply.header('Access-Control-Expose-Headers', 'Retry-After');
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
