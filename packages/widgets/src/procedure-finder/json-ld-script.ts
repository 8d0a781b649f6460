import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The open procedure described to search engines: one `<script type="application/ld+json">` in the element's light
 * DOM, where crawlers read it, replaced for each procedure and removed when the procedure is closed or the widget
 * leaves the page.
 */
export class JsonLdScript implements ReactiveController {
  private script: HTMLScriptElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** Shows `text` (already JSON) as the element's description. */
  show(text: string): void {
    this.script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    // `textContent`: the description is data, never parsed as HTML.
    this.script.textContent = text;
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }

  clear(): void {
    this.script?.remove();
  }
}
