import { HccError, type Problem } from '@hcc/sdk';
import type { OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { OUTBOX_KEY_PREFIX } from '../../src/satisfaction-survey/outbox-store.js';

/** The outbox's items as stored, one key each, oldest first. */
export function storedItems(storage: Storage): OutboxItem[] {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
  return keys
    .filter((key) => key.startsWith(OUTBOX_KEY_PREFIX))
    .map((key) => JSON.parse(storage.getItem(key) ?? 'null') as OutboxItem)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** A Storage kept in a Map, which can be told to refuse access or run out of quota like a real browser. */
export class FakeStorage implements Storage {
  readonly #values = new Map<string, string>();
  quotaExceeded = false;

  get length(): number {
    return this.#values.size;
  }
  clear(): void {
    this.#values.clear();
  }
  getItem(key: string): string | null {
    return this.#values.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#values.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#values.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.quotaExceeded) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#values.set(key, value);
  }
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(public time = Date.UTC(2026, 0, 5, 2)) {}
  now = () => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export function httpError(status: number, problem: Partial<Problem> = {}, retryAfterSeconds?: number): HccError {
  return new HccError({
    kind: 'http',
    method: 'POST',
    url: 'https://api.test/api/v1/dossiers/X/ratings',
    status,
    problem: { type: 'about:blank', title: `HTTP ${status}`, status, ...problem },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

export function networkError(kind: 'network' | 'timeout' = 'network'): HccError {
  return new HccError({ kind, method: 'POST', url: 'https://api.test/api/v1/feedback' });
}

/** A promise with its settle functions, to hold a send open while the test looks around. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * One origin's `localStorage` as tabs in separate browser processes see it: each tab reads and writes its own copy at
 * once, and learns of the other tabs' writes only when the browser passes them on ({@link sync}). Two tabs that
 * write the same key before then: the last write wins, as in Chromium.
 */
export class TabbedStorage {
  readonly #shared = new Map<string, string>();
  readonly #tabs: FakeStorage[] = [];
  readonly #writes: { key: string; value: string | null }[] = [];

  /** A new tab's view, starting from what the browser holds now. */
  tab(): Storage {
    const view = new FakeStorage();
    for (const [key, value] of this.#shared) view.setItem(key, value);
    const record = (key: string, value: string | null) => this.#writes.push({ key, value });
    const setItem = view.setItem.bind(view);
    const removeItem = view.removeItem.bind(view);
    view.setItem = (key, value) => {
      setItem(key, value);
      record(key, String(value));
    };
    view.removeItem = (key) => {
      removeItem(key);
      record(key, null);
    };
    view.clear = () => {
      for (const key of [...Array(view.length).keys()].map((index) => view.key(index) as string)) view.removeItem(key);
    };
    this.#tabs.push(view);
    return view;
  }

  /** The browser applies every write in the order it received them and every tab sees the result. */
  sync(): void {
    for (const { key, value } of this.#writes.splice(0)) {
      if (value === null) this.#shared.delete(key);
      else this.#shared.set(key, value);
    }
    for (const view of this.#tabs) {
      const keys = Array.from({ length: view.length }, (_, index) => view.key(index) as string);
      for (const key of keys) if (!this.#shared.has(key)) FakeStorage.prototype.removeItem.call(view, key);
      for (const [key, value] of this.#shared) FakeStorage.prototype.setItem.call(view, key, value);
    }
  }

  /** The keys the browser holds, for assertions. */
  keys(): string[] {
    return [...this.#shared.keys()];
  }
}
