import type { Exchange, Reply, Step } from './pipeline.js';

interface Shared {
  reply: Promise<Reply>;
  controller: AbortController;
  callers: number;
}

/**
 * Shares identical GETs in flight: one HTTP exchange, one reply read by every caller. It sits right above sending,
 * so each caller keeps its own timeout, signal and retries: a caller that aborts or times out leaves alone, and the
 * shared exchange is aborted only when every caller has gone.
 */
export function dedupeStep(): Step {
  const inFlight = new Map<string, Shared>();
  return (exchange, next) => {
    if (exchange.method !== 'GET') return next(exchange);
    const key = `${exchange.url} ${JSON.stringify(exchange.headers)}`;
    const forget = (shared: Shared) => {
      if (inFlight.get(key) === shared) inFlight.delete(key);
    };
    let shared = inFlight.get(key);
    if (!shared) {
      const controller = new AbortController();
      const started: Shared = { reply: next({ ...exchange, signal: controller.signal }), controller, callers: 0 };
      // Callers each get their own promise; this one only feeds them, so it must never reject unobserved.
      started.reply.then(
        () => forget(started),
        () => forget(started),
      );
      inFlight.set(key, started);
      shared = started;
    }
    return join(shared, exchange, () => forget(shared));
  };
}

function join(shared: Shared, { signal }: Exchange, forget: () => void): Promise<Reply> {
  shared.callers += 1;
  return new Promise<Reply>((resolve, reject) => {
    const leave = () => {
      shared.callers -= 1;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      leave();
      if (shared.callers === 0) {
        forget();
        shared.controller.abort(signal?.reason);
      }
      reject(signal?.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.reply.then(
      (reply) => {
        leave();
        resolve(reply);
      },
      (error: unknown) => {
        leave();
        reject(error);
      },
    );
  });
}
