import type { Procedure } from '@hcc/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonLdText, toGovernmentService } from './json-ld.js';

/**
 * The open procedure's JSON-LD, as a `<script type="application/ld+json">` child of the widget in the light DOM,
 * where search engines read it. Created with `textContent`: it is data, never parsed as HTML.
 */
export class JsonLdScript implements ReactiveController {
  private script: HTMLScriptElement | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Describes `procedure`, replacing any previous description. */
  show(procedure: Procedure, pageUrl?: string): void {
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.hccJsonLd = '';
    }
    this.script.textContent = jsonLdText(toGovernmentService(procedure, pageUrl));
    if (this.script.parentNode !== this.host) this.host.append(this.script);
  }

  /** Removes the description (back to the list). */
  remove(): void {
    this.script?.remove();
    this.script = undefined;
  }

  hostDisconnected(): void {
    this.remove();
  }
}
