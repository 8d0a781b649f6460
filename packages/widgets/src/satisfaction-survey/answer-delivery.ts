import { type HccClient, createClient } from '@hcc/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliveryOutcome } from './delivery-outcome.js';
import { type Courier, startCourier } from './outbox-courier.js';
import type { OutboxEntry, OutboxItem } from './outbox-item.js';
import { OUTBOX_STORAGE_KEY, createOutboxStore } from './outbox-store.js';
import { Outbox } from './outbox.js';

/** The page's outbox and its courier, shared by every survey widget on the page, and how many widgets use it. */
let page: { outbox: Outbox; courier: Courier; users: number } | undefined;

/**
 * Joins the page's outbox, creating it (and flushing whatever earlier pages left in storage) for the first widget.
 * Every call must be matched by {@link releasePageOutbox} when the widget leaves the page.
 */
function acquirePageOutbox() {
  if (!page) {
    const clients = new Map<string, HccClient>();
    const outbox = new Outbox({
      store: createOutboxStore(() => localStorage),
      deliver(item, signal) {
        let client = clients.get(item.apiBase);
        if (!client) {
          // Short attempts with one quick retry: the outbox's own backoff takes over after that.
          client = createClient({ baseUrl: item.apiBase, timeoutMs: 10_000, retry: { retries: 1 } });
          clients.set(item.apiBase, client);
        }
        const options = { idempotencyKey: item.id, signal };
        return item.kind === 'rating'
          ? client.ratings.submit(item.dossierCode, item.rating, { ...options, verifier: item.verifier })
          : client.feedback.submit(item.feedback, options);
      },
    });
    const courier = startCourier(outbox, {
      events: window,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as number),
      now: Date.now,
    });
    page = { outbox, courier, users: 0 };
  }
  page.users += 1;
  return page;
}

/**
 * Leaves the page's outbox. The last widget to leave stops it as an unloading page would (sends in flight aborted,
 * leases handed back); the answers stay stored for the next widget or page.
 */
function releasePageOutbox(): void {
  if (page && --page.users === 0) {
    page.courier.stop();
    page.outbox.close();
    page = undefined;
  }
}

/** What the widget hears from its delivery. */
export interface AnswerDeliveryOptions {
  /** An outcome for the answer the widget waits for (never for another widget's or tab's answers). */
  onOutcome: (outcome: DeliveryOutcome) => void;
  /** True while the widget says the answer is stored to be sent: only then may another tab's delivery settle it. */
  isQueued: () => boolean;
}

/**
 * One widget's answer in the page's outbox: joins the outbox while the widget is on the page, stores the answer
 * before sending it, and passes on that answer's outcomes only — including its delivery by another tab.
 */
export class AnswerDelivery implements ReactiveController {
  private page: ReturnType<typeof acquirePageOutbox> | undefined;
  private stopListening: (() => void) | undefined;
  /** The outbox item the widget is waiting for. */
  private pending: OutboxItem | undefined;

  /**
   * Another tab wrote to the outbox. When it took our queued answer out, it delivered it (a final refusal there is
   * as unlikely as it would be here): the citizen sees the thank-you rather than "will be sent" forever.
   */
  private readonly onStorage = (event: StorageEvent) => {
    const pending = this.pending;
    if (event.key !== OUTBOX_STORAGE_KEY || !pending || !this.options.isQueued() || !this.page) return;
    if (!this.page.outbox.items().some((item) => item.id === pending.id)) {
      this.pass({ status: 'delivered', item: pending });
    }
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: AnswerDeliveryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.page = acquirePageOutbox();
    this.stopListening = this.page.outbox.onOutcome((outcome) => this.pass(outcome));
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    this.stopListening?.();
    removeEventListener('storage', this.onStorage);
    this.page = undefined;
    releasePageOutbox();
  }

  /** True while an answer waits to be delivered. */
  get waiting(): boolean {
    return this.pending !== undefined && this.page !== undefined;
  }

  /**
   * Stores an answer on the device, to be sent by {@link sendStored}. `persisted` is false when the browser refused
   * storage (the answer then lives only while the page is open); undefined when the widget is not on a page.
   */
  store(entry: OutboxEntry): { persisted: boolean } | undefined {
    if (!this.page) return undefined;
    const { item, persisted } = this.page.outbox.enqueue(entry);
    this.pending = item;
    return { persisted };
  }

  /** Sends the stored answer at once, then whatever else the page's outbox holds. */
  sendStored(): void {
    const page = this.page;
    const item = this.pending;
    if (!page || !item) return;
    void page.outbox.deliver(item.id).then((outcome) => {
      // Gone from the queue without an outcome here: another tab delivered it.
      if (!outcome && this.pending?.id === item.id) this.pass({ status: 'delivered', item });
      void page.courier.flush();
    });
  }

  /** Tries the waiting answer again now, whatever its backoff ("Gửi ngay"). */
  sendAgain(): void {
    if (this.page && this.pending) void this.page.outbox.deliver(this.pending.id);
  }

  /** Stops waiting for the answer (a new dossier to rate); the outbox still delivers it. */
  forget(): void {
    this.pending = undefined;
  }

  /** Passes on an outcome of the waiting answer; a final one ends the wait. */
  private pass(outcome: DeliveryOutcome): void {
    if (outcome.item.id !== this.pending?.id) return;
    if (outcome.status !== 'queued' && outcome.status !== 'busy') this.pending = undefined;
    this.options.onOutcome(outcome);
  }
}
