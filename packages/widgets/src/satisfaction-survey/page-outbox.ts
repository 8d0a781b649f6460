import { type HccClient, createClient } from '@hcc/sdk';
import { type Courier, startCourier } from './outbox-courier.js';
import type { OutboxItem } from './outbox-item.js';
import { createOutboxStore } from './outbox-store.js';
import { Outbox } from './outbox.js';

/** The page's outbox and its courier, shared by every survey widget on the page. */
export interface PageOutbox {
  outbox: Outbox;
  courier: Courier;
}

let shared: PageOutbox | undefined;
let users = 0;

/**
 * Joins the page's outbox, creating it (and flushing whatever earlier pages left in storage) for the first widget.
 * Every call must be matched by {@link releasePageOutbox} when the widget leaves the page.
 */
export function acquirePageOutbox(): PageOutbox {
  users += 1;
  if (!shared) {
    const clients = new Map<string, HccClient>();
    const clientFor = (apiBase: string) => {
      let client = clients.get(apiBase);
      if (!client) {
        // Short attempts with one quick retry: the outbox's own backoff takes over after that.
        client = createClient({ baseUrl: apiBase, timeoutMs: 10_000, retry: { retries: 1 } });
        clients.set(apiBase, client);
      }
      return client;
    };
    const outbox = new Outbox({
      store: createOutboxStore(() => globalThis.localStorage),
      deliver: (item, signal) => deliverWith(clientFor(item.apiBase), item, signal),
    });
    const courier = startCourier(outbox, {
      events: globalThis,
      setTimer: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimer: (timer) => globalThis.clearTimeout(timer as ReturnType<typeof setTimeout>),
      now: Date.now,
    });
    shared = { outbox, courier };
  }
  return shared;
}

/**
 * Leaves the page's outbox. The last widget to leave stops it as an unloading page would (sends in flight aborted,
 * leases handed back); the answers stay stored for the next widget or page.
 */
export function releasePageOutbox(): void {
  users = Math.max(0, users - 1);
  if (users === 0 && shared) {
    shared.courier.stop();
    shared.outbox.close();
    shared = undefined;
  }
}

function deliverWith(client: HccClient, item: OutboxItem, signal: AbortSignal): Promise<unknown> {
  if (item.kind === 'rating') {
    const options = { verifier: item.verifier, idempotencyKey: item.id, signal };
    return client.ratings.submit(item.dossierCode, item.rating, options);
  }
  return client.feedback.submit(item.feedback, { idempotencyKey: item.id, signal });
}
