import { HccError, type Problem } from '@hcc/sdk';

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
