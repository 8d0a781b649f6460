import { isHccError } from '@hcc/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { looksOffline } from './problem-message.js';

/**
 * Where a fetch stands. `empty` is a successful answer with nothing to show; `offline` is a failure because the
 * device has no network (the widget says so and retries when the network returns).
 */
export type FetchStatus = 'idle' | 'loading' | 'data' | 'empty' | 'error' | 'offline';

/** Options of {@link FetchController}. */
export interface FetchControllerOptions<T, A extends unknown[]> {
  /** Fetches the data. Must pass `signal` on to the SDK so a newer run cancels it. */
  task: (signal: AbortSignal, ...args: A) => Promise<T>;
  /** Whether an answer counts as empty (no results). Default: never. */
  isEmpty?: (data: T) => boolean;
  /** How long a fetch may take before a spinner is shown, so fast answers do not flash one. Default 300 ms. */
  spinnerDelayMs?: number;
  /** Called with every failure of the latest run (not with cancellations). */
  onError?: (error: unknown) => void;
  /** Called with the answer of the latest run (stale answers are dropped before this), after the state is set. */
  onData?: (data: T) => void;
}

/**
 * Fetch with state, for Lit elements: runs a task, tracks loading / data / empty / error / offline, cancels the
 * previous run when a new one starts (the latest wins: a slow stale answer never overwrites a newer one), retries
 * the last run on demand, and again by itself when the network comes back.
 *
 * @example
 * private readonly procedure = new FetchController(this, {
 *   task: (signal, code: string) => this.client!.procedures.get(code, { signal }),
 * });
 * // later: this.procedure.run('1.001193'); render from this.procedure.status and this.procedure.data
 */
export class FetchController<T, A extends unknown[] = []> implements ReactiveController {
  /** Where the latest run stands. */
  status: FetchStatus = 'idle';
  /** The latest successful answer; kept while a newer run loads, so the previous content can stay on screen. */
  data: T | undefined;
  /** The latest failure, while `status` is `error` or `offline`. */
  error: unknown;
  /** True once a run has been loading for longer than the spinner delay. */
  showSpinner = false;

  private readonly options: FetchControllerOptions<T, A>;
  private current: AbortController | undefined;
  private lastArgs: A | undefined;
  /** The status before the run in flight, restored when that run is aborted. */
  private settled: FetchStatus = 'idle';
  private spinnerTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly retryWhenOnline = () => {
    if (this.status === 'offline') void this.retry();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    options: FetchControllerOptions<T, A>,
  ) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.retryWhenOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retryWhenOnline);
    this.abort();
  }

  /** Starts a run with `args`, cancelling any run in flight. Resolves when this run has settled or was superseded. */
  async run(...args: A): Promise<void> {
    this.cancelCurrent();
    const controller = new AbortController();
    this.current = controller;
    this.lastArgs = args;
    this.setLoading();
    try {
      const data = await this.options.task(controller.signal, ...args);
      if (this.current !== controller) return;
      this.data = data;
      this.error = undefined;
      this.finish(this.options.isEmpty?.(data) ? 'empty' : 'data');
      this.options.onData?.(data);
    } catch (error) {
      if (this.current !== controller || isAbort(error)) return;
      this.error = error;
      this.finish(looksOffline(error) ? 'offline' : 'error');
      this.options.onError?.(error);
    }
  }

  /** Runs the last run again (the retry button). Does nothing before a first run. */
  retry(): Promise<void> {
    return this.lastArgs ? this.run(...this.lastArgs) : Promise.resolve();
  }

  /** Cancels the run in flight, if any, and goes back to the state before it. */
  abort(): void {
    const wasLoading = this.status === 'loading';
    this.cancelCurrent();
    if (wasLoading) this.finish(this.settled);
  }

  /** Forgets the data and goes back to `idle`, cancelling any run in flight. */
  reset(): void {
    this.cancelCurrent();
    this.data = undefined;
    this.error = undefined;
    this.lastArgs = undefined;
    this.finish('idle');
  }

  private setLoading(): void {
    this.status = 'loading';
    this.showSpinner = false;
    const delay = this.options.spinnerDelayMs ?? 300;
    this.spinnerTimer = setTimeout(() => {
      this.showSpinner = this.status === 'loading';
      this.host.requestUpdate();
    }, delay);
    this.host.requestUpdate();
  }

  private finish(status: FetchStatus): void {
    clearTimeout(this.spinnerTimer);
    this.status = status;
    this.settled = status;
    this.showSpinner = false;
    this.host.requestUpdate();
  }

  private cancelCurrent(): void {
    clearTimeout(this.spinnerTimer);
    const controller = this.current;
    this.current = undefined;
    controller?.abort();
  }
}

function isAbort(error: unknown): boolean {
  return (
    (isHccError(error) && error.kind === 'aborted') || (error instanceof DOMException && error.name === 'AbortError')
  );
}
