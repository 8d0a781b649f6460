import type { Problem } from '@hcc/sdk';
import type { FastifyReply } from 'fastify';

// Payloads go out as bytes, so Fastify leaves the media type exactly as set (no `; charset` on problem+json).

/** Sends a problem document; `Retry-After` mirrors its `retryAfter` on 429 and 503. */
export function sendProblem(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}) {
  if (problem.retryAfter !== undefined) reply.header('Retry-After', String(problem.retryAfter));
  return reply
    .code(problem.status)
    .headers(headers)
    .header('Content-Type', 'application/problem+json')
    .send(Buffer.from(JSON.stringify(problem)));
}

/** Sends JSON with a status. */
export const sendJson = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).header('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(body));
