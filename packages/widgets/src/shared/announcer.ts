import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html } from 'lit';

/** How urgently a screen reader should read a message: after the current speech, or interrupting it. */
export type Politeness = 'polite' | 'assertive';

/**
 * A live region for screen-reader announcements ("12 thủ tục được tìm thấy"). The widget renders
 * `announcer.render()` once, anywhere in its shadow root, and calls `announce()`. Identical messages in a row are
 * announced again: the region is emptied first and refilled on the next frame.
 */
export class Announcer implements ReactiveController {
  private polite = '';
  private assertive = '';
  private pending: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Announces `message` to screen readers. */
  announce(message: string, politeness: Politeness = 'polite'): void {
    this.polite = '';
    this.assertive = '';
    this.host.requestUpdate();
    if (this.pending !== undefined) cancelAnimationFrame(this.pending);
    this.pending = requestAnimationFrame(() => {
      this.pending = undefined;
      this[politeness] = message;
      this.host.requestUpdate();
    });
  }

  /** The current polite message (what a screen reader was last told). */
  get message(): string {
    return this.polite || this.assertive;
  }

  hostDisconnected(): void {
    if (this.pending !== undefined) cancelAnimationFrame(this.pending);
    this.pending = undefined;
  }

  /** The two visually hidden live regions. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.polite}</div>
      <div class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">${this.assertive}</div>`;
  }
}
