interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  subscribers: number;
}

/**
 * Shares identical requests while they are in flight. Each caller keeps its own `signal`: aborting one caller rejects
 * only that caller, and the shared request is aborted only when every caller has gone.
 */
export class InFlightRequests {
  readonly #entries = new Map<string, InFlight<unknown>>();

  /**
   * Joins the request under `key`, starting it when none is in flight. A caller that aborts is rejected with
   * `abortError(reason)`.
   */
  run<T>(
    key: string,
    start: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal | undefined,
    abortError: (reason: unknown) => Error,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    let entry = this.#entries.get(key) as InFlight<T> | undefined;
    if (!entry) {
      const controller = new AbortController();
      const promise = start(controller.signal).finally(() => {
        if (this.#entries.get(key) === created) this.#entries.delete(key);
      });
      // Callers each get their own promise; this one only feeds them, so it must never reject unobserved.
      promise.catch(() => {});
      const created: InFlight<T> = { promise, controller, subscribers: 0 };
      entry = created;
      this.#entries.set(key, entry);
    }
    return this.#subscribe(key, entry, signal, abortError);
  }

  #subscribe<T>(
    key: string,
    entry: InFlight<T>,
    signal: AbortSignal | undefined,
    abortError: (reason: unknown) => Error,
  ): Promise<T> {
    entry.subscribers += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        entry.subscribers -= 1;
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        leave();
        if (entry.subscribers === 0) {
          if (this.#entries.get(key) === entry) this.#entries.delete(key);
          entry.controller.abort(signal?.reason);
        }
        reject(abortError(signal?.reason));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }
}
