import { createIdempotencyKey, isHccError } from '@hcc/sdk';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { type OutboxEntry, type OutboxItem, fingerprintOf } from './outbox-item.js';
import type { OutboxStore } from './outbox-store.js';

/**
 * Sends one item to the server; resolves when the server has it, rejects with the SDK's `HccError` otherwise.
 * `signal` aborts the send when the outbox closes.
 */
export type DeliverItem = (item: OutboxItem, signal: AbortSignal) => Promise<unknown>;

/** Options of {@link Outbox}. */
export interface OutboxOptions {
  store: OutboxStore;
  deliver: DeliverItem;
  /** The clock; injectable for tests. */
  now?: () => number;
  /** Jitter source in [0, 1); injectable for tests. */
  random?: () => number;
  /** Who holds leases taken by this outbox. Unique per outbox by default. */
  owner?: string;
  /** How long a send may hold an item before another tab may take it over. Longer than one call with its retries. */
  leaseMs?: number;
  /** Backoff after the first failure, doubled after each further one, with jitter. */
  baseDelayMs?: number;
  /** The longest wait between two timer-driven attempts. */
  maxDelayMs?: number;
  /** Answers older than this are dropped unsent, so a verifier never lingers in storage. */
  maxAgeMs?: number;
}

/** What {@link Outbox.enqueue} did. */
export interface EnqueueResult {
  item: OutboxItem;
  /** False when the same answer was already queued (a double click): the existing item is returned. */
  created: boolean;
  /** False when storage is unavailable: the answer lives only as long as the page. */
  persisted: boolean;
}

const defaults = {
  now: Date.now,
  random: Math.random,
  leaseMs: 60_000,
  baseDelayMs: 2_000,
  maxDelayMs: 300_000,
  maxAgeMs: 30 * 86_400_000,
};

/**
 * The no-loss queue behind the satisfaction survey. An answer gets its idempotency key once and is stored before the
 * first attempt; it leaves the queue only when the server has it or refused it for good. Several outboxes (tabs,
 * widgets, page loads) share one store and take a short lease on an item before sending it, and the idempotency key
 * makes the rare double send that slips through harmless.
 */
export class Outbox {
  readonly #options: Required<OutboxOptions>;
  readonly #store: OutboxStore;
  readonly #inFlight = new Map<string, Promise<DeliveryOutcome>>();
  /** Aborted by {@link close}: every send in flight stops, and no new one starts. */
  readonly #closing = new AbortController();
  readonly #listeners = new Set<(outcome: DeliveryOutcome) => void>();

  constructor(options: OutboxOptions) {
    this.#options = { ...defaults, owner: createIdempotencyKey(), ...options };
    this.#store = options.store;
  }

  /** False once storage failed: queued answers then survive only while the page stays open. */
  get persistent(): boolean {
    return this.#store.persistent;
  }

  /** The items waiting, oldest first. */
  items(): OutboxItem[] {
    return this.#store.load();
  }

  /** Listens to every outcome of this outbox; returns the function that stops listening. */
  onOutcome(listener: (outcome: DeliveryOutcome) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Queues an answer and stores it at once, before any attempt. The same answer already waiting is returned as is,
   * with its key, so a second click never creates a second rating.
   */
  enqueue(entry: OutboxEntry): EnqueueResult {
    const fingerprint = fingerprintOf(entry);
    const existing = this.#store.load().find((item) => item.fingerprint === fingerprint);
    if (existing) return { item: existing, created: false, persisted: this.#store.isPersisted(existing.id) };
    const now = this.#options.now();
    const item: OutboxItem = {
      ...entry,
      id: createIdempotencyKey(),
      fingerprint,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
    };
    // Only this item's own key is written: a tab queueing at the same moment cannot overwrite it.
    return { item, created: true, persisted: this.#store.put(item) };
  }

  /**
   * Sends one item now, whatever its backoff. Resolves with what happened, or undefined when the item is no longer
   * queued (another tab delivered it). A call while the same item is being sent here shares that attempt.
   */
  async deliver(id: string): Promise<DeliveryOutcome | undefined> {
    const running = this.#inFlight.get(id);
    if (running) return running;
    const item = this.#store.get(id);
    if (!item || this.#closing.signal.aborted) return undefined;
    // Take the lease unless another owner holds a live one. Storage is synchronous, so this is atomic in one page;
    // two tabs that take it at the same moment both send, which the idempotency key makes harmless.
    const { now, owner, leaseMs } = this.#options;
    const lease = item.lease;
    if (lease && lease.owner !== owner && lease.until > now()) return this.#announce({ status: 'busy', item });
    item.lease = { owner, until: now() + leaseMs };
    this.#store.put(item);
    const attempt = this.#attempt(item).finally(() => this.#inFlight.delete(id));
    this.#inFlight.set(id, attempt);
    return attempt;
  }

  /**
   * Sends every item that is due, one after another (gentle on a struggling server). `force` ignores backoff: the
   * browser is back online, or a page has just loaded. Expired items are dropped first.
   */
  async flush({ force = false }: { force?: boolean } = {}): Promise<DeliveryOutcome[]> {
    const { now, maxAgeMs } = this.#options;
    for (const item of this.#store.load()) if (item.createdAt < now() - maxAgeMs) this.#store.remove(item.id);
    const outcomes: DeliveryOutcome[] = [];
    for (const item of this.#store.load()) {
      if (!force && item.nextAttemptAt > now()) continue;
      const outcome = await this.deliver(item.id);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** When a timer should next call {@link flush}: the earliest retry or lease expiry; undefined when nothing waits. */
  nextWakeAt(): number | undefined {
    const times = this.#store.load().map((item) => Math.max(item.nextAttemptAt, item.lease?.until ?? 0));
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /**
   * Hands back the leases this outbox holds, so another page or tab may send those answers at once instead of waiting
   * for the leases to run out. A send still in flight here may then meet a second one: the idempotency key makes the
   * server store the answer once.
   */
  releaseLeases(): void {
    for (const item of this.#store.load()) {
      if (item.lease?.owner !== this.#options.owner) continue;
      delete item.lease;
      this.#store.put(item);
    }
  }

  /**
   * Stops this outbox, as a page does when it unloads: sends in flight are aborted and their leases handed back at
   * once, so the next page's outbox can send those answers without waiting for the leases to run out.
   */
  close(): void {
    this.releaseLeases();
    this.#closing.abort();
  }

  /**
   * One attempt. Anything that might succeed later is retried — including errors we do not recognise, because losing
   * an answer is worse than sending it again under the same idempotency key. Final: 400 (`invalid`), 409 "already
   * rated" (`already-rated`) and any other 4xx but 408 and 429 (`rejected`).
   */
  async #attempt(item: OutboxItem): Promise<DeliveryOutcome> {
    try {
      await this.#options.deliver(item, this.#closing.signal);
      this.#store.remove(item.id);
      return this.#announce({ status: 'delivered', item });
    } catch (error) {
      const http = isHccError(error) ? error : undefined;
      const status = (http?.kind === 'http' && http.status) || 500;
      if (status >= 500 || status === 429 || status === 408) {
        const queued = this.#postpone(item, http?.retryAfterSeconds);
        return this.#announce({ status: 'queued', item: queued, error, retryAt: queued.nextAttemptAt });
      }
      this.#store.remove(item.id);
      const problem = http?.problem;
      return this.#announce({
        status:
          status === 400
            ? 'invalid'
            : status === 409 && /\/already-rated$/.test(problem?.type ?? '')
              ? 'already-rated'
              : 'rejected',
        item,
        problem,
        error,
      });
    }
  }

  /**
   * Records the failure and the next attempt (the server's `Retry-After`, else a backoff doubled after each failure,
   * with jitter), handing back our lease (another owner's stays: it took over after this outbox closed). An item gone
   * meanwhile was settled by another tab: it is left gone.
   */
  #postpone(item: OutboxItem, retryAfterSeconds: number | undefined): OutboxItem {
    const { now, random, owner, baseDelayMs, maxDelayMs } = this.#options;
    const stored = this.#store.get(item.id);
    const { lease, ...rest } = stored ?? item;
    const attempts = rest.attempts + 1;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempts - 1));
    const delay =
      retryAfterSeconds === undefined
        ? Math.round(ceiling / 2 + (random() * ceiling) / 2)
        : Math.min(maxDelayMs, retryAfterSeconds * 1000);
    const updated: OutboxItem = { ...rest, attempts, nextAttemptAt: now() + delay };
    if (lease && lease.owner !== owner) updated.lease = lease;
    if (stored) this.#store.put(updated);
    return updated;
  }

  #announce(outcome: DeliveryOutcome): DeliveryOutcome {
    for (const listener of this.#listeners) {
      try {
        listener(outcome);
      } catch (error) {
        // A failing listener must not stop delivery; the error still reaches the console.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return outcome;
  }
}
