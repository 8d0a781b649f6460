/**
 * Waits for a pause before acting: each `schedule()` replaces the pending action and restarts the wait, so typing
 * "dang ky khai sinh" sends one search after the last key, not one per key.
 */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => void) | undefined;

  constructor(private readonly waitMs: number) {}

  /** Runs `action` after the wait, unless another action is scheduled first. */
  schedule(action: () => void): void {
    this.cancel();
    this.pending = action;
    this.timer = setTimeout(() => this.flush(), this.waitMs);
  }

  /** Runs the pending action now (Enter in the search box). */
  flush(): void {
    const action = this.pending;
    this.cancel();
    action?.();
  }

  /** Drops the pending action. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }
}
