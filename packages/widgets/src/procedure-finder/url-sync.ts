import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type FinderLocation, readLocation, writeLocation } from './finder-query.js';

/** What the URL sync reads from and tells the finder. */
export interface UrlSyncOptions {
  /** Whether `sync-url` is on, read at each use. */
  enabled: () => boolean;
  /** The query and open procedure to record. */
  current: () => FinderLocation;
  /** Back or forward moved to another state. */
  onNavigate: (location: FinderLocation) => void;
}

/**
 * Keeps the finder's query and open procedure in the page URL (`sync-url`): links can be shared, and back and forward
 * move between searches and procedures.
 */
export class UrlSync implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  /** The state the page URL asks for when the finder starts, or undefined without `sync-url`. */
  initial(): FinderLocation | undefined {
    return this.options.enabled() ? readLocation(location.search) : undefined;
  }

  /**
   * Records the current state in the page URL: `push` for a deliberate step (a search, a filter, opening a procedure)
   * so that back returns to it, `replace` while typing so that back does not replay every word.
   */
  write(mode: 'push' | 'replace'): void {
    if (!this.options.enabled()) return;
    const next = writeLocation(location.href, this.options.current());
    if (next === location.href) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](history.state, '', next);
  }

  private readonly onPopState = () => {
    if (this.options.enabled()) this.options.onNavigate(readLocation(location.search));
  };
}
