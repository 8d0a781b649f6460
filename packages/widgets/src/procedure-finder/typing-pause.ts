import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs an action once typing pauses: one request for a whole word typed at a normal pace. */
export class TypingPause implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly pauseMs: number,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Runs `action` after the pause, replacing the one waiting. */
  wait(action: () => void): void {
    this.cancel();
    this.timer = setTimeout(action, this.pauseMs);
  }

  /** Drops the action waiting (a deliberate search replaces it). */
  cancel(): void {
    clearTimeout(this.timer);
  }
}
