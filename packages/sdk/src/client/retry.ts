import { HccError, isHccError } from './errors.js';
import type { Exchange, Step } from './pipeline.js';

/** How failed calls are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  retries?: number;
  /** Delay before the first retry, doubled each time, with full jitter. Default 300 ms. */
  baseDelayMs?: number;
  /** The longest wait between attempts. A `Retry-After` longer than this is not waited for. Default 10 s. */
  maxDelayMs?: number;
}

export type ResolvedRetry = Required<RetryOptions>;

export const defaultRetry: ResolvedRetry = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** Statuses worth another attempt: the server said "later", not "no". */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 503]);

export function resolveRetry(option: RetryOptions | false | undefined): ResolvedRetry {
  if (option === false) return { ...defaultRetry, retries: 0 };
  return { ...defaultRetry, ...option };
}

/** GETs, and POSTs that carry an `Idempotency-Key`, may be sent again: the server applies them once. */
export function isRetryable({ method, headers }: Exchange): boolean {
  return method === 'GET' || Object.keys(headers).some((name) => name.toLowerCase() === 'idempotency-key');
}

/**
 * Sends again, after a wait, what failed for a reason that may pass: a network failure, 429 or 503. The last reply
 * or failure goes up unchanged, for the answer step to turn into data or an `HccError`.
 */
export function retryStep(policy: ResolvedRetry): Step {
  return async (exchange, next) => {
    for (let attempt = 0; ; attempt += 1) {
      const mayRetry = attempt < policy.retries && isRetryable(exchange);
      let delay: number | undefined;
      try {
        const reply = await next(exchange);
        if (!mayRetry || !retryableStatuses.has(reply.status)) return reply;
        delay = retryDelay(policy, attempt, parseRetryAfter(reply.headers.get('Retry-After')));
        if (delay === undefined) return reply;
      } catch (error) {
        if (!mayRetry || !isHccError(error) || error.kind !== 'network') throw error;
        delay = retryDelay(policy, attempt, undefined) ?? 0;
      }
      try {
        await sleep(delay, exchange.signal);
      } catch (cause) {
        throw new HccError({ kind: 'aborted', method: exchange.method, url: exchange.url, cause });
      }
    }
  };
}

/**
 * The wait before retry number `attempt` (0-based): the server's `Retry-After` when it gave one, else exponential
 * backoff with full jitter. Returns undefined when the server asks for a longer wait than the policy allows.
 */
export function retryDelay(
  policy: ResolvedRetry,
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterSeconds !== undefined) {
    const ms = retryAfterSeconds * 1000;
    return ms <= policy.maxDelayMs ? ms : undefined;
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

const weekday = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** RFC 9110's three HTTP-date forms: IMF-fixdate, RFC 850 and asctime. Anything else is not a date. */
const httpDate = new RegExp(
  `^(?:${weekday}, \\d{2} ${month} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT` +
    `|${weekday}[a-z]*, \\d{2}-${month}-\\d{2} \\d{2}:\\d{2}:\\d{2} GMT` +
    `|${weekday} ${month} [ \\d]\\d \\d{2}:\\d{2}:\\d{2} \\d{4})$`,
);

/**
 * Reads `Retry-After` as seconds from `now` (RFC 9110: delay-seconds or an HTTP date; a date in the past is 0).
 * Anything else is undefined, so the caller falls back to its own backoff rather than retrying at once.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!httpDate.test(trimmed)) return undefined;
  const date = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
