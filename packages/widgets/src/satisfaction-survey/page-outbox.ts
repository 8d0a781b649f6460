import { type HccClient, createClient } from '@hcc/sdk';
import { type Courier, startCourier } from './outbox-courier.js';
import type { OutboxItem } from './outbox-item.js';
import { type OutboxStore, createOutboxStore } from './outbox-store.js';
import { Outbox } from './outbox.js';

/**
 * Where answers go that a survey without `api-base` sent through the integrator's `client`: they wait for a survey
 * with a client on a later page when this one closes first.
 */
export const CLIENT_ROUTE = 'client:';

/** The page's outbox and its courier, shared by every survey widget on the page. */
export interface PageOutbox {
  readonly outbox: Outbox;
  readonly courier: Courier;
  /** The store under the outbox. */
  readonly store: OutboxStore;
}

/** The clients integrators gave surveys on this page, by route (API base URL or {@link CLIENT_ROUTE}). */
const integratorClients = new Map<string, HccClient>();
const ownClients = new Map<string, HccClient>();
let page: (PageOutbox & { users: number }) | undefined;

/**
 * Sends this route's answers through `client` from now on, for the rest of the page's life: the integrator's headers,
 * timeouts and retry policy apply to queued answers too, even after the widget that gave the client has left.
 */
export function sendThroughClient(route: string, client: HccClient): void {
  integratorClients.set(route, client);
}

/** The client for an item: the integrator's for its route, else one made from the route's URL. */
function clientFor(item: OutboxItem): HccClient {
  const given = integratorClients.get(item.apiBase);
  if (given) return given;
  // Thrown errors count as "try again later": the answer waits for a survey with its client.
  if (item.apiBase === CLIENT_ROUTE) throw new Error('No client yet');
  let client = ownClients.get(item.apiBase);
  if (!client) {
    // Short attempts with one quick retry: the outbox's own backoff takes over after that.
    client = createClient({ baseUrl: item.apiBase, timeoutMs: 10_000, retry: { retries: 1 } });
    ownClients.set(item.apiBase, client);
  }
  return client;
}

/**
 * The page is being left (or put in the back-forward cache): custom elements are not disconnected then, so the leases
 * this page holds are handed back here, and the next page sends those answers at once instead of waiting for the
 * leases to run out.
 */
const onPageHide = () => page?.outbox.releaseLeases();
/** Back from the back-forward cache: whatever waits is sent again. */
const onPageShow = (event: PageTransitionEvent) => {
  if (event.persisted) void page?.courier.flush({ force: true });
};

/**
 * Joins the page's outbox, creating it (and flushing whatever earlier pages left in storage) for the first widget.
 * Every call must be matched by {@link releasePageOutbox} when the widget leaves the page.
 */
export function acquirePageOutbox(): PageOutbox {
  if (!page) {
    const store = createOutboxStore(() => localStorage);
    const outbox = new Outbox({
      store,
      deliver(item, signal) {
        const client = clientFor(item);
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
    addEventListener('pagehide', onPageHide);
    addEventListener('pageshow', onPageShow);
    page = { outbox, courier, store, users: 0 };
  }
  page.users += 1;
  return page;
}

/**
 * Leaves the page's outbox. The last widget to leave stops it as an unloading page would: its timer and listeners
 * go, sends in flight are aborted and its leases handed back at once, so another survey (here or in another tab)
 * sends those answers on schedule. The answers stay stored for the next widget or page. Only answers that storage
 * refused keep it running, since they exist nowhere else.
 */
export function releasePageOutbox(): void {
  if (page && --page.users === 0) {
    // Answers kept only in memory are still sent while the page stays open, as the survey told the citizen.
    const { outbox, store } = page;
    if (outbox.items().some((item) => !store.isPersisted(item.id))) return;
    page.courier.stop();
    page.outbox.close();
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
    page = undefined;
  }
}
