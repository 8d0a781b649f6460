import type { Outbox } from './outbox.js';

/** What the courier needs from its surroundings; the browser's by default, fakes in tests. */
export interface CourierEnvironment {
  /** Receives `online` events (the window). */
  events: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  now: () => number;
}

/** A running courier; `stop` removes its listener and timer. */
export interface Courier {
  /** Sends what is due now and plans the next wake-up; call after queueing an answer. */
  flush(options?: { force?: boolean }): Promise<void>;
  stop(): void;
}

/** Timers longer than this are clamped by browsers; the courier simply wakes up and plans again. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Keeps an outbox moving: sends everything at once when it starts (a page has loaded) and whenever the browser comes
 * back online, and otherwise wakes up when the next backoff or lease ends.
 */
export function startCourier(outbox: Outbox, environment: CourierEnvironment): Courier {
  let timer: unknown;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const plan = () => {
    if (timer !== undefined) environment.clearTimer(timer);
    timer = undefined;
    const wakeAt = outbox.nextWakeAt();
    if (stopped || wakeAt === undefined) return;
    const ms = Math.min(LONGEST_TIMER_MS, Math.max(0, wakeAt - environment.now()));
    timer = environment.setTimer(() => {
      timer = undefined;
      void flush();
    }, ms);
  };

  // Flushes run one after another so the same outbox never races itself.
  const flush = (options: { force?: boolean } = {}) => {
    running = running
      .then(async () => {
        if (!stopped) await outbox.flush(options);
      })
      .catch(() => undefined)
      .then(plan);
    return running;
  };

  const onOnline = () => void flush({ force: true });
  environment.events.addEventListener('online', onOnline);
  void flush({ force: true });

  return {
    flush,
    stop() {
      stopped = true;
      environment.events.removeEventListener('online', onOnline);
      if (timer !== undefined) environment.clearTimer(timer);
      timer = undefined;
    },
  };
}
