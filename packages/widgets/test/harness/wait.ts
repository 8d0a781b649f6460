/** Options of {@link waitFor}. */
export interface WaitOptions {
  /** Give up after this long (ms). Default 5000. */
  timeout?: number;
  /** Check this often (ms). Default 20. */
  interval?: number;
  /** Named in the failure message. */
  what?: string;
}

/**
 * Polls `check` until it returns a truthy value without throwing, and returns that value. Fails with the last error
 * (or the `what` description) when time runs out.
 */
export async function waitFor<T>(check: () => T, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeout = 5000, interval = 20, what } = options;
  const deadline = performance.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = check();
      if (value) return value as NonNullable<T>;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (performance.now() > deadline) {
      if (lastError instanceof Error) throw lastError;
      throw new Error(`waitFor: timed out after ${timeout} ms${what ? ` waiting for ${what}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until `selector` matches inside the element's shadow root, and returns the match. */
export function waitForShadow<E extends Element = HTMLElement>(
  element: Element,
  selector: string,
  options: WaitOptions = {},
): Promise<E> {
  return waitFor(() => element.shadowRoot?.querySelector<E>(selector), { what: selector, ...options });
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
