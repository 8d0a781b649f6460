import type { ReactiveController, ReactiveElement } from 'lit';

/** The selectors of the items moved between and of the box the list is entered from. */
export interface RovingFocusOptions {
  items: string;
  entry: string;
}

/**
 * Keyboard movement through the results, as in a list of links: ↓ from the search box to the first, ↑/↓ between
 * them, Home and End, ↑ from the first back to the search box. Also moves focus once the next render is done.
 */
export class RovingFocus implements ReactiveController {
  /** Where focus goes after the next render: the first of these selectors that finds an element. */
  private pending: string[] = [];

  constructor(
    private readonly host: ReactiveElement & { readonly renderRoot: ParentNode },
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  /** The `keydown` listener for the list's container; other keys, and keys elsewhere, are left alone. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    const root = this.host.renderRoot;
    const items = [...root.querySelectorAll<HTMLElement>(this.options.items)];
    const target = event.target as HTMLElement;
    const index = items.indexOf(target);
    const next = target.matches(this.options.entry)
      ? event.key === 'ArrowDown' && items[0]
      : index >= 0 &&
        {
          ArrowDown: items[index + 1] ?? target,
          ArrowUp: items[index - 1] ?? root.querySelector<HTMLElement>(this.options.entry),
          Home: items[0],
          End: items[items.length - 1],
        }[event.key];
    if (next) {
      next.focus();
      event.preventDefault();
    }
  };

  /** Once rendered, focuses the first element found for `selectors`. */
  focusLater(...selectors: string[]): void {
    this.pending = selectors;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const selectors = this.pending;
    this.pending = [];
    const root = this.host.renderRoot;
    const element = selectors.map((selector) => root.querySelector<HTMLElement>(selector)).find(Boolean);
    element?.focus();
  }
}
