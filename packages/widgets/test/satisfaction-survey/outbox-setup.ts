import { vi } from 'vitest';
import type { OutboxEntry, OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { type DeliverItem, Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, storedItems } from './fakes.js';

/** The answers and the outbox the outbox's unit tests share: a fake storage and clock, a spy for each send. */
export const API = 'https://api.test/api/v1';

export const rating = (dossierCode = '000.00.14.H56-250612-0118') => ({
  kind: 'rating' as const,
  apiBase: API,
  dossierCode,
  verifier: '4821',
  rating: { overall: 'satisfied' as const, answers: { staff: 'good' }, channel: 'web' as const },
});

export const feedback: OutboxEntry = {
  kind: 'feedback',
  apiBase: API,
  feedback: { useful: false, reasons: ['incomplete'], pageUrl: 'https://example.gov.vn/a', lang: 'vi' },
};

export function setup(
  deliver: DeliverItem = async () => undefined,
  storage = new FakeStorage(),
  clock = new FakeClock(),
) {
  const send = vi.fn(deliver);
  const outbox = new Outbox({
    store: createOutboxStore(() => storage),
    deliver: send,
    now: clock.now,
    random: () => 0.5,
  });
  const stored = (): OutboxItem[] => storedItems(storage);
  return { outbox, send, storage, clock, stored };
}
