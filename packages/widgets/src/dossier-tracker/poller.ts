import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The shortest interval `poll` accepts: more often would only spend the citizen's data and the server's time. */
export const MIN_POLL_MINUTES = 1;

/**
 * Reads the `poll` attribute: minutes between refreshes, at least {@link MIN_POLL_MINUTES}; `null` (no polling)
 * when absent, zero or not a number.
 */
export function parsePollMinutes(value: number | string | null | undefined): number | null {
  const minutes = Number(value); // null and '' are 0, undefined is NaN: no polling either way
  if (!Number.isFinite(minutes) || minutes <= 0) return null;
  return Math.max(MIN_POLL_MINUTES, minutes);
}

/**
 * Calls `refresh` every `minutes` while the element is on the page and polling is on. Setting a new interval
 * restarts the clock; `stop()` ends it. Leaving the page releases the timer at once; coming back starts a fresh
 * interval, so a tracker moved or re-attached keeps polling on schedule.
 */
export class Poller implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private minutes: number | null = null;
  /** False while the host is off the page; a controller runs from creation until told otherwise. */
  private connected = true;

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  /** Polls every `minutes`, or stops with `null`. */
  set(minutes: number | null): void {
    // A timer runs exactly while `minutes` is set, so the same interval keeps its clock.
    if (minutes === this.minutes) return;
    this.minutes = minutes;
    this.restart();
  }

  /** Stops polling. */
  stop(): void {
    this.set(null);
  }

  hostConnected(): void {
    this.connected = true;
    this.restart();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.restart();
  }

  private restart(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.connected && this.minutes !== null) this.timer = setInterval(this.refresh, this.minutes * 60_000);
  }
}
