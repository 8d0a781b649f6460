import type { FastifyRequest } from 'fastify';

/**
 * The client a look-up failure counts against: the socket's address, or — with `--trust-proxy` — the one Fastify
 * reads from `X-Forwarded-For`.
 */
export const clientAddress = (request: FastifyRequest) => request.ip || 'unknown';
