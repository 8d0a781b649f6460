import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FinderLocation, readLocation, writeLocation } from './finder-query.js';

/**
 * Keeps the finder's query, filters and open procedure in the page URL (`sync-url`), so a search can be shared as a
 * link and the browser's back and forward buttons move between searches and procedures.
 */
export class UrlSync implements ReactiveController {
  private readonly onPopState = () => {
    if (this.enabled()) this.onNavigate(readLocation(location.search));
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly onNavigate: (location: FinderLocation) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The state in the page URL, or `undefined` when syncing is off. */
  read(): FinderLocation | undefined {
    return this.enabled() ? readLocation(location.search) : undefined;
  }

  /**
   * Records a state: `push` adds a history entry (a filter, a procedure opened), `replace` updates the current one
   * (typing, so that back does not replay every word).
   */
  write(state: FinderLocation, mode: 'push' | 'replace'): void {
    if (!this.enabled()) return;
    const next = writeLocation(location.href, state);
    if (next === location.href) return;
    if (mode === 'push') history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }
}
