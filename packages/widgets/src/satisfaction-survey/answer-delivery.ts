import type { HccClient } from '@hcc/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseApiBase } from '../shared/api-base.js';
import type { DeliveryOutcome } from './delivery-outcome.js';
import type { FeedbackEntry, OutboxItem, RatingEntry } from './outbox-item.js';
import { OUTBOX_KEY_PREFIX } from './outbox-keys.js';
import {
  CLIENT_ROUTE,
  type PageOutbox,
  acquirePageOutbox,
  releasePageOutbox,
  sendThroughClient,
} from './page-outbox.js';

/** An answer as a form gives it; where it goes comes from the widget's `api-base` and `client`. */
export type Answer = Omit<RatingEntry, 'apiBase'> | Omit<FeedbackEntry, 'apiBase'>;

/** What the widget hears from its delivery. */
export interface AnswerDeliveryOptions {
  /** An outcome for the answer the widget waits for (never for another widget's or tab's answers). */
  onOutcome: (outcome: DeliveryOutcome) => void;
  /** True while the widget says the answer is stored to be sent: only then may another tab's delivery settle it. */
  isQueued: () => boolean;
  /** The widget's `api-base` attribute, as written. */
  apiBase: () => string | undefined;
  /** The integrator's `client` property, which then sends the widget's answers, queued ones included. */
  client: () => HccClient | undefined;
}

/**
 * One widget's answer in the page's outbox: joins the outbox while the widget is on the page, stores the answer
 * before sending it, and passes on that answer's outcomes only — including its delivery by another tab.
 */
export class AnswerDelivery implements ReactiveController {
  private page: PageOutbox | undefined;
  private stopListening: (() => void) | undefined;
  /** The outbox item the widget is waiting for. */
  private pending: OutboxItem | undefined;

  /**
   * Another tab wrote to the outbox. When it took our queued answer out, it delivered it (a final refusal there is
   * as unlikely as it would be here): the citizen sees the thank-you rather than "will be sent" forever.
   */
  private readonly onStorage = (event: StorageEvent) => {
    const pending = this.pending;
    if (!pending || !this.options.isQueued() || !this.page) return;
    if (event.key === OUTBOX_KEY_PREFIX + pending.id && event.newValue === null) {
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
    // The integrator's client is known before the page's outbox sends what earlier pages left.
    this.route();
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
  store(answer: Answer): { persisted: boolean } | undefined {
    const apiBase = this.route();
    if (!this.page || !apiBase) return undefined;
    const { item, persisted } = this.page.outbox.enqueue({ ...answer, apiBase } as RatingEntry | FeedbackEntry);
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

  /**
   * Where the widget's answers go: its `api-base` URL, else the integrator's client alone ({@link CLIENT_ROUTE});
   * undefined with neither. A given client is recorded for that route, so it sends the answers queued for it.
   */
  private route(): string | undefined {
    const parsed = parseApiBase(this.options.apiBase(), 'hcc-satisfaction-survey');
    const client = this.options.client();
    const route = parsed.ok ? parsed.url : client ? CLIENT_ROUTE : undefined;
    if (route && client) sendThroughClient(route, client);
    return route;
  }

  /** Passes on an outcome of the waiting answer; a final one ends the wait. */
  private pass(outcome: DeliveryOutcome): void {
    if (outcome.item.id !== this.pending?.id) return;
    if (outcome.status !== 'queued' && outcome.status !== 'busy') this.pending = undefined;
    this.options.onOutcome(outcome);
  }
}
