import { HccError } from './errors.js';
import type { Reply, Send } from './pipeline.js';

/** A fetch that takes a `Request`, as `globalThis.fetch` and test doubles do. */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * The last step: one request over `fetch`, its body read in full. A failure before the answer is complete is a
 * `network` error, unless the exchange's own signal stopped it (then the step that aborted it says why).
 */
export function sendWith(fetch: FetchLike): Send {
  return async ({ method, url, headers, body, signal }) => {
    try {
      const response = await fetch(new Request(url, { method, headers, body: body ?? null, signal: signal ?? null }));
      const reply: Reply = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: await response.text(),
      };
      return reply;
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      throw new HccError({ kind: 'network', method, url, cause });
    }
  };
}
