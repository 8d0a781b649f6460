import { HccError } from './errors.js';
import type { Reply, Step } from './pipeline.js';

/**
 * Gives each attempt its own signal, aborted when the caller aborts (`aborted`) or when `timeoutMs` runs out
 * (`timeout`). The caller is answered at that moment, whatever the steps below still do.
 */
export const timeoutStep: Step = (exchange, next) => {
  const { method, url, signal: callerSignal, timeoutMs } = exchange;
  const fail = (kind: 'aborted' | 'timeout', cause: unknown) => new HccError({ kind, method, url, cause });
  if (callerSignal?.aborted) return Promise.reject(fail('aborted', callerSignal.reason));
  const controller = new AbortController();
  return new Promise<Reply>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (kind: 'aborted' | 'timeout', reason: unknown) => {
      finish();
      controller.abort(reason);
      reject(fail(kind, reason));
    };
    const onAbort = () => stop('aborted', callerSignal?.reason);
    const finish = () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    };
    if (timeoutMs > 0) {
      timer = setTimeout(() => stop('timeout', new DOMException('The attempt timed out', 'TimeoutError')), timeoutMs);
    }
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    next({ ...exchange, signal: controller.signal }).then(
      (reply) => {
        finish();
        resolve(reply);
      },
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
};
