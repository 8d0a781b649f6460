import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OpenApi, Operation } from './openapi.js';
import { invalidInput, methodNotAllowed } from './problems.js';
import { sendProblem } from './reply.js';
import { createRequestValidator, type ValidInput } from './request-validator.js';

/** A contract operation's handler: called only with input the contract accepts. */
export type OperationHandler = (input: ValidInput, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** Methods a client may send that no contract path takes: they answer 405 with `Allow`. */
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** `/dossiers/{code}` → `/dossiers/:code`. */
const routeOf = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

const queryOf = (url: string) => {
  const index = url.indexOf('?');
  return new URLSearchParams(index < 0 ? '' : url.slice(index + 1));
};

/**
 * Registers every operation of the contract under `prefix` with its handler, validating the request against the
 * contract first (400 with `errors[]`); the other methods of a known path answer 405 with `Allow` (HEAD follows GET,
 * OPTIONS is the CORS pre-flight).
 */
export function registerOperations(
  app: FastifyInstance,
  openApi: OpenApi,
  prefix: string,
  handlers: Record<string, OperationHandler>,
) {
  const validate = createRequestValidator(openApi);
  const paths = new Map<string, Operation[]>();
  for (const operation of openApi.operations) {
    const handler = handlers[operation.operationId];
    if (!handler) throw new Error(`no handler for operation ${operation.operationId}`);
    paths.set(operation.path, [...(paths.get(operation.path) ?? []), operation]);
    app.route({
      method: operation.method,
      url: `${prefix}${routeOf(operation.path)}`,
      handler: async (request, reply) => {
        const result = validate(operation, {
          query: queryOf(request.url),
          path: request.params as Record<string, string>,
          headers: request.headers,
          contentType: request.headers['content-type'],
          body: typeof request.body === 'string' ? request.body : undefined,
        });
        if (!result.input) return sendProblem(reply, invalidInput(result.errors));
        return handler(result.input, request, reply);
      },
    });
  }
  for (const [path, operations] of paths) {
    const methods = operations.map((operation) => operation.method);
    const allow = [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
    app.route({
      method: OTHER_METHODS.filter((method) => !methods.includes(method as Operation['method'])),
      url: `${prefix}${routeOf(path)}`,
      handler: (request, reply) =>
        sendProblem(reply, methodNotAllowed(request.method, allow), { Allow: allow.join(', ') }),
    });
  }
}
