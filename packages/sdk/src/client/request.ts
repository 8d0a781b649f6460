import { HccError, toProblem } from './errors.js';
import { type ResolvedRetry, parseRetryAfter, retryDelay, retryableStatuses, sleep } from './retry.js';

/** Options every call takes. */
export interface CallOptions {
  /** Aborts the call; it then rejects with an `HccError` of kind `aborted`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call (per attempt). */
  timeoutMs?: number;
}

/** What openapi-fetch resolves with. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface RequestSpec<T> {
  method: string;
  /** Sends one attempt; `fetch` must be used for it so the URL can be reported. */
  send: (signal: AbortSignal, fetch: (request: Request) => Promise<Response>) => Promise<FetchResult<T>>;
  /** GETs and keyed POSTs may be sent again. */
  retryable: boolean;
}

export interface RequestContext {
  fetch: (request: Request) => Promise<Response>;
  retry: ResolvedRetry;
  timeoutMs: number;
}

const timeoutReason = Symbol('timeout');

/**
 * Runs one logical call: attempts with a timeout each, retries with backoff on network errors, 429 and 503, and maps
 * every failure to an {@link HccError}.
 */
export async function performRequest<T>(
  context: RequestContext,
  spec: RequestSpec<T>,
  options: CallOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? context.timeoutMs;
  let url = '';
  const fetchAndRecord = (request: Request) => {
    url = request.url;
    return context.fetch(request);
  };
  const fail = (init: Omit<ConstructorParameters<typeof HccError>[0], 'method' | 'url'>) =>
    new HccError({ ...init, method: spec.method, url });

  for (let attempt = 0; ; attempt += 1) {
    if (options.signal?.aborted) throw fail({ kind: 'aborted', cause: options.signal.reason });
    const controller = new AbortController();
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(timeoutReason), timeoutMs) : undefined;

    let result: FetchResult<T>;
    try {
      result = await spec.send(controller.signal, fetchAndRecord);
    } catch (cause) {
      if (options.signal?.aborted) throw fail({ kind: 'aborted', cause: options.signal.reason });
      if (controller.signal.reason === timeoutReason) throw fail({ kind: 'timeout', cause });
      const delay =
        spec.retryable && attempt < context.retry.retries ? retryDelay(context.retry, attempt, undefined) : undefined;
      if (delay === undefined) throw fail({ kind: 'network', cause });
      await wait(delay, options.signal, fail);
      continue;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }

    const { response } = result;
    if (response.ok) return result.data as T;

    const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
    const problem = toProblem(result.error, response.status, response.statusText);
    const canRetry = spec.retryable && retryableStatuses.has(response.status) && attempt < context.retry.retries;
    const delay = canRetry ? retryDelay(context.retry, attempt, retryAfterSeconds) : undefined;
    if (delay === undefined) {
      throw fail({
        kind: 'http',
        status: response.status,
        problem,
        retryAfterSeconds: retryAfterSeconds ?? problem.retryAfter,
      });
    }
    await wait(delay, options.signal, fail);
  }
}

async function wait(
  ms: number,
  signal: AbortSignal | undefined,
  fail: (init: { kind: 'aborted'; cause: unknown }) => HccError,
) {
  try {
    await sleep(ms, signal);
  } catch (cause) {
    throw fail({ kind: 'aborted', cause });
  }
}
