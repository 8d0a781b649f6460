import type { paths } from '../generated/api.js';
import { readAnswer } from './answer.js';
import type { AnswerOf, Method, OperationOf, PathsWith, RequestParts } from './contract.js';
import { dedupeStep } from './dedupe.js';
import { type Exchange, compose } from './pipeline.js';
import { type RetryOptions, resolveRetry, retryStep } from './retry.js';
import { type FetchLike, sendWith } from './send.js';
import { timeoutStep } from './timeout.js';
import { buildUrl } from './url.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the call; it then rejects with an `HccError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (per attempt). */
  timeoutMs?: number;
}

/** How a typed fetch reaches the API. */
export interface TypedFetchOptions {
  baseUrl: string;
  fetch?: FetchLike;
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

/** The argument of a call: required when the operation requires a parameter or a body, optional otherwise. */
type InitArgs<Op extends OperationOf<keyof paths, Method>> =
  Record<string, never> extends RequestParts<Op>
    ? [init?: RequestParts<Op> & CallOptions]
    : [init: RequestParts<Op> & CallOptions];

/**
 * A fetch typed by the contract: the path must be one the method answers, parameters and body are checked against
 * the operation, and the promise resolves with the operation's 2xx content. Rejects with an `HccError`.
 */
export type TypedFetch = <M extends Method, P extends PathsWith<M>>(
  method: M,
  path: P,
  ...init: InitArgs<OperationOf<P, M>>
) => Promise<AnswerOf<OperationOf<P, M>>>;

interface LooseInit extends CallOptions {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, string>;
  body?: unknown;
}

/**
 * Creates the typed fetch the client's resources are written with. Each call goes through retry (network failures,
 * 429, 503), then a timeout and the caller's signal per attempt, then sharing of identical GETs in flight, then
 * `fetch`; the final reply becomes data or an `HccError`.
 */
export function createTypedFetch(options: TypedFetchOptions): TypedFetch {
  const send = compose(
    [retryStep(resolveRetry(options.retry)), timeoutStep, dedupeStep()],
    sendWith(options.fetch ?? ((request) => globalThis.fetch(request))),
  );
  const headers = { Accept: 'application/json, application/problem+json', ...options.headers };
  const timeoutMs = options.timeoutMs ?? 15_000;

  return ((method: Method, path: string, init: LooseInit = {}) => {
    const exchange: Exchange = {
      method: method.toUpperCase(),
      url: buildUrl(options.baseUrl, path, init.path, init.query),
      headers: { ...headers, ...init.header },
      signal: init.signal,
      timeoutMs: init.timeoutMs ?? timeoutMs,
    };
    if (init.body !== undefined) {
      exchange.body = JSON.stringify(init.body);
      exchange.headers['Content-Type'] = 'application/json';
    }
    return send(exchange).then((reply) => readAnswer(exchange, reply));
  }) as TypedFetch;
}
