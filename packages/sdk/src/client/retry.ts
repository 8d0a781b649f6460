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

/** Reads `Retry-After` as seconds (RFC 9110: delay-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
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
