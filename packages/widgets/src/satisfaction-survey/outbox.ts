import { createIdempotencyKey } from '@hcc/sdk';
import { type DeliveryOutcome, judgeFailure, problemOf, retryAfterSecondsOf } from './delivery-outcome.js';
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

const DAY_MS = 86_400_000;

/**
 * The no-loss queue behind the satisfaction survey. An answer gets its idempotency key once and is stored before the
 * first attempt; it leaves the queue only when the server has it or refused it for good. Several outboxes (tabs,
 * widgets, page loads) share one store and take a short lease on an item before sending it, and the idempotency key
 * makes the rare double send that slips through harmless.
 */
export class Outbox {
  readonly #store: OutboxStore;
  readonly #deliver: DeliverItem;
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #owner: string;
  readonly #leaseMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxAgeMs: number;
  readonly #inFlight = new Map<string, Promise<DeliveryOutcome>>();
  readonly #aborts = new Map<string, AbortController>();
  #closed = false;
  readonly #listeners = new Set<(outcome: DeliveryOutcome) => void>();

  constructor(options: OutboxOptions) {
    this.#store = options.store;
    this.#deliver = options.deliver;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
    this.#owner = options.owner ?? createIdempotencyKey();
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#baseDelayMs = options.baseDelayMs ?? 2_000;
    this.#maxDelayMs = options.maxDelayMs ?? 300_000;
    this.#maxAgeMs = options.maxAgeMs ?? 30 * DAY_MS;
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
    const items = this.#store.load();
    const existing = items.find((item) => item.fingerprint === fingerprint);
    if (existing) return { item: existing, created: false, persisted: this.#store.persistent };
    const now = this.#now();
    const item: OutboxItem = {
      ...entry,
      id: createIdempotencyKey(),
      fingerprint,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
    };
    const persisted = this.#store.save([...items, item]);
    return { item, created: true, persisted };
  }

  /**
   * Sends one item now, whatever its backoff. Resolves with what happened, or undefined when the item is no longer
   * queued (another tab delivered it). A call while the same item is being sent here shares that attempt.
   */
  deliver(id: string): Promise<DeliveryOutcome | undefined> {
    const running = this.#inFlight.get(id);
    if (running) return running;
    if (this.#closed) return Promise.resolve(undefined);
    const item = this.#store.load().find((candidate) => candidate.id === id);
    if (!item) return Promise.resolve(undefined);
    if (!this.#takeLease(id)) return Promise.resolve(this.#announce({ status: 'busy', item }));
    const attempt = this.#attempt(item).finally(() => {
      this.#inFlight.delete(id);
      this.#aborts.delete(id);
    });
    this.#inFlight.set(id, attempt);
    return attempt;
  }

  /**
   * Sends every item that is due, one after another (gentle on a struggling server). `force` ignores backoff: the
   * browser is back online, or a page has just loaded. Expired items are dropped first.
   */
  async flush({ force = false }: { force?: boolean } = {}): Promise<DeliveryOutcome[]> {
    this.#dropExpired();
    const outcomes: DeliveryOutcome[] = [];
    for (const item of this.#store.load()) {
      if (!force && item.nextAttemptAt > this.#now()) continue;
      const outcome = await this.deliver(item.id);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** When a timer should next call {@link flush}: the earliest retry or lease expiry; undefined when nothing waits. */
  nextWakeAt(): number | undefined {
    let earliest: number | undefined;
    for (const item of this.#store.load()) {
      const at = Math.max(item.nextAttemptAt, item.lease?.until ?? 0);
      earliest = earliest === undefined ? at : Math.min(earliest, at);
    }
    return earliest;
  }

  /**
   * Stops this outbox, as a page does when it unloads: sends in flight are aborted and their leases handed back at
   * once, so the next page's outbox can send those answers without waiting for the leases to run out.
   */
  close(): void {
    this.#closed = true;
    const items = this.#store.load();
    const mine = items.filter((item) => item.lease?.owner === this.#owner);
    for (const item of mine) delete item.lease;
    if (mine.length > 0) this.#store.save(items);
    for (const abort of this.#aborts.values()) abort.abort();
  }

  async #attempt(item: OutboxItem): Promise<DeliveryOutcome> {
    try {
      const abort = new AbortController();
      this.#aborts.set(item.id, abort);
      await this.#deliver(item, abort.signal);
      this.#remove(item.id);
      return this.#announce({ status: 'delivered', item });
    } catch (error) {
      const verdict = judgeFailure(error);
      if (verdict !== 'retry') {
        this.#remove(item.id);
        return this.#announce({ status: verdict, item, problem: problemOf(error), error });
      }
      const queued = this.#postpone(item, error);
      return this.#announce({ status: 'queued', item: queued, error, retryAt: queued.nextAttemptAt });
    }
  }

  /** Takes the lease unless another owner holds a live one. Storage is synchronous, so this is atomic in one page. */
  #takeLease(id: string): boolean {
    const now = this.#now();
    const items = this.#store.load();
    const item = items.find((candidate) => candidate.id === id);
    if (!item) return false;
    if (item.lease && item.lease.owner !== this.#owner && item.lease.until > now) return false;
    item.lease = { owner: this.#owner, until: now + this.#leaseMs };
    this.#store.save(items);
    return true;
  }

  /**
   * Records the failure and the next attempt, handing back our lease (another owner's stays: it took over after this
   * outbox closed). An item gone meanwhile was settled by another tab: it is left gone.
   */
  #postpone(item: OutboxItem, error: unknown): OutboxItem {
    const items = this.#store.load();
    const stored = items.find((candidate) => candidate.id === item.id) ?? item;
    const { lease, ...rest } = stored;
    const attempts = stored.attempts + 1;
    const updated: OutboxItem = { ...rest, attempts, nextAttemptAt: this.#now() + this.#delay(attempts, error) };
    if (lease && lease.owner !== this.#owner) updated.lease = lease;
    if (items.includes(stored))
      this.#store.save(items.map((candidate) => (candidate === stored ? updated : candidate)));
    return updated;
  }

  #delay(attempts: number, error: unknown): number {
    const retryAfter = retryAfterSecondsOf(error);
    if (retryAfter !== undefined) return Math.min(this.#maxDelayMs, retryAfter * 1000);
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempts - 1));
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }

  #remove(id: string): void {
    const items = this.#store.load();
    if (items.some((item) => item.id === id)) this.#store.save(items.filter((item) => item.id !== id));
  }

  #dropExpired(): void {
    const oldest = this.#now() - this.#maxAgeMs;
    const items = this.#store.load();
    const fresh = items.filter((item) => item.createdAt >= oldest);
    if (fresh.length !== items.length) this.#store.save(fresh);
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
