/** One HTTP exchange as the steps of a call see it: everything is known before the first attempt. */
export interface Exchange {
  /** `GET` or `POST`. */
  method: string;
  /** The whole URL, query included. */
  url: string;
  headers: Record<string, string>;
  /** The JSON body, already serialised. */
  body?: string | undefined;
  /** The caller's signal (each step may hand a signal of its own to the next). */
  signal?: AbortSignal | undefined;
  /** Time allowed for each attempt, in milliseconds; 0 for none. */
  timeoutMs: number;
}

/** An answer read in full, so it can be shared, retried on and parsed after the connection is done. */
export interface Reply {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

/** Sends an exchange and resolves with the reply, or rejects with an `HccError`. */
export type Send = (exchange: Exchange) => Promise<Reply>;

/** One job around sending (retry, timeout, dedupe): it may change the exchange, call `next` again, or not at all. */
export type Step = (exchange: Exchange, next: Send) => Promise<Reply>;

/** Chains `steps`, the first outermost, over `send`. */
export function compose(steps: readonly Step[], send: Send): Send {
  return steps.reduceRight<Send>((next, step) => (exchange) => step(exchange, next), send);
}
