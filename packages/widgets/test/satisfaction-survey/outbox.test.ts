import { describe, expect, it, vi } from 'vitest';
import type { OutboxEntry, OutboxItem } from '../../src/satisfaction-survey/outbox-item.js';
import { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX, createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { type DeliverItem, Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, deferred, httpError, networkError, storedItems } from './fakes.js';

const API = 'https://api.test/api/v1';

const rating = (dossierCode = '000.00.14.H56-250612-0118') => ({
  kind: 'rating' as const,
  apiBase: API,
  dossierCode,
  verifier: '4821',
  rating: { overall: 'satisfied' as const, answers: { staff: 'good' }, channel: 'web' as const },
});

const feedback: OutboxEntry = {
  kind: 'feedback',
  apiBase: API,
  feedback: { useful: false, reasons: ['incomplete'], pageUrl: 'https://example.gov.vn/a', lang: 'vi' },
};

function setup(deliver: DeliverItem = async () => undefined, storage = new FakeStorage(), clock = new FakeClock()) {
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

describe('Outbox: an answer is never lost', () => {
  it('writes the answer with its idempotency key to storage before the first send', async () => {
    const storedAtSend: string[][] = [];
    const sentKeys: string[] = [];
    const { outbox, stored } = setup(async (item) => {
      storedAtSend.push(stored().map((queued) => queued.id));
      sentKeys.push(item.id);
    });
    const { item } = outbox.enqueue(rating());
    expect(item.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await outbox.deliver(item.id);
    expect(sentKeys).toEqual([item.id]);
    expect(storedAtSend).toEqual([[item.id]]);
  });

  it('removes the answer once the server has it', async () => {
    const { outbox, stored, send } = setup();
    const { item } = outbox.enqueue(feedback);
    const outcome = await outbox.deliver(item.id);
    expect(outcome?.status).toBe('delivered');
    expect(send).toHaveBeenCalledTimes(1);
    expect(stored()).toEqual([]);
  });

  it.each([
    ['a network failure', networkError('network')],
    ['a timeout', networkError('timeout')],
    ['a 500', httpError(500)],
    ['a 503', httpError(503)],
    ['a 429', httpError(429)],
  ])('keeps the answer queued after %s and sends it again with the same key', async (_name, error) => {
    const keys: string[] = [];
    let fail = true;
    const { outbox, stored } = setup(async (item) => {
      keys.push(item.id);
      if (fail) throw error;
    });
    const { item } = outbox.enqueue(rating());
    const first = await outbox.deliver(item.id);
    expect(first?.status).toBe('queued');
    expect(stored()).toHaveLength(1);
    expect(stored()[0]?.attempts).toBe(1);
    expect(stored()[0]?.lease).toBeUndefined();
    fail = false;
    const outcomes = await outbox.flush({ force: true });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['delivered']);
    expect(keys).toEqual([item.id, item.id]);
    expect(stored()).toEqual([]);
  });

  it('keeps an answer whose send failed with an unknown error', async () => {
    const { outbox, stored } = setup(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { item } = outbox.enqueue(rating());
    expect((await outbox.deliver(item.id))?.status).toBe('queued');
    expect(stored()).toHaveLength(1);
  });
});

describe('Outbox: final answers from the server', () => {
  it('treats 409 "already rated" as done', async () => {
    const { outbox, stored } = setup(async () => {
      throw httpError(409, { type: 'https://hcc.example/problems/already-rated', title: 'Hồ sơ đã được đánh giá' });
    });
    const outcome = await outbox.deliver(outbox.enqueue(rating()).item.id);
    expect(outcome?.status).toBe('already-rated');
    expect(stored()).toEqual([]);
  });

  it('drops an answer the server refuses as invalid (400) and passes on the field errors', async () => {
    const errors = [{ in: 'body' as const, name: '/comment', detail: 'quá dài' }];
    const { outbox, stored } = setup(async () => {
      throw httpError(400, { errors });
    });
    const outcome = await outbox.deliver(outbox.enqueue(rating()).item.id);
    expect(outcome?.status).toBe('invalid');
    expect(outcome && 'problem' in outcome ? outcome.problem?.errors : undefined).toEqual(errors);
    expect(stored()).toEqual([]);
  });

  it.each([
    [404, 'about:blank'],
    [409, 'https://hcc.example/problems/not-finished'],
  ])('drops an answer refused for good with %i %s', async (status, type) => {
    const { outbox, stored } = setup(async () => {
      throw httpError(status, { type });
    });
    const outcome = await outbox.deliver(outbox.enqueue(rating()).item.id);
    expect(outcome?.status).toBe('rejected');
    expect(stored()).toEqual([]);
  });
});

describe('Outbox: one answer, one item, one send at a time', () => {
  it('returns the queued item for the same answer instead of creating a second one (double click)', () => {
    const { outbox, stored } = setup();
    const first = outbox.enqueue(rating());
    const second = outbox.enqueue({
      ...rating(),
      rating: { channel: 'web', answers: { staff: 'good' }, overall: 'satisfied' },
    });
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.item.id).toBe(first.item.id);
    expect(stored()).toHaveLength(1);
  });

  it('queues different answers separately', () => {
    const { outbox, stored } = setup();
    outbox.enqueue(rating('000.00.14.H56-250612-0118'));
    outbox.enqueue(rating('000.00.14.H56-250612-0119'));
    expect(stored()).toHaveLength(2);
  });

  it('shares one send between two clicks on the same answer', async () => {
    const gate = deferred();
    const { outbox, send } = setup(() => gate.promise);
    const { item } = outbox.enqueue(rating());
    const first = outbox.deliver(item.id);
    const second = outbox.deliver(outbox.enqueue(rating()).item.id);
    gate.resolve();
    expect((await first)?.status).toBe('delivered');
    expect(await second).toBe(await first);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not send an item another tab is sending (lease) and sends it once that lease has run out', async () => {
    const storage = new FakeStorage();
    const clock = new FakeClock();
    const gate = deferred();
    const tabA = setup(() => gate.promise, storage, clock);
    const tabB = setup(async () => undefined, storage, clock);
    const { item } = tabA.outbox.enqueue(rating());
    const sendingInA = tabA.outbox.deliver(item.id);
    expect((await tabB.outbox.deliver(item.id))?.status).toBe('busy');
    expect(tabB.send).not.toHaveBeenCalled();
    clock.advance(60_001);
    expect((await tabB.outbox.deliver(item.id))?.status).toBe('delivered');
    gate.resolve();
    await sendingInA;
    expect(tabA.stored()).toEqual([]);
  });

  it('hands its leases back and aborts its sends when closed (page unload), so the next page sends at once', async () => {
    const storage = new FakeStorage();
    const clock = new FakeClock();
    const aborted: boolean[] = [];
    const oldPage = setup(
      (_item, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            aborted.push(true);
            reject(networkError());
          }),
        ),
      storage,
      clock,
    );
    const { item } = oldPage.outbox.enqueue(rating());
    const sending = oldPage.outbox.deliver(item.id);
    expect(oldPage.stored()[0]?.lease).toBeDefined();
    oldPage.outbox.close();
    expect(oldPage.stored()[0]?.lease).toBeUndefined();
    const newPage = setup(() => new Promise(() => undefined), storage, clock);
    void newPage.outbox.deliver(item.id);
    expect((await sending)?.status).toBe('queued');
    expect(aborted).toEqual([true]);
    // The old page's late bookkeeping keeps the new page's lease.
    expect(newPage.send).toHaveBeenCalledTimes(1);
    expect(newPage.stored()[0]?.lease).toBeDefined();
    expect(await oldPage.outbox.deliver(item.id)).toBeUndefined();
  });

  it('gives nothing to send when another tab has already delivered the item', async () => {
    const storage = new FakeStorage();
    const tabA = setup(async () => undefined, storage);
    const tabB = setup(async () => undefined, storage);
    const { item } = tabA.outbox.enqueue(feedback);
    await tabA.outbox.deliver(item.id);
    expect(await tabB.outbox.deliver(item.id)).toBeUndefined();
  });
});

describe('Outbox: backoff and flushing', () => {
  it('doubles the wait after each failure, with jitter, up to the maximum', async () => {
    const { outbox, stored, clock } = setup(async () => {
      throw networkError();
    });
    const { item } = outbox.enqueue(rating());
    const waits: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await outbox.deliver(item.id);
      waits.push((stored()[0]?.nextAttemptAt ?? 0) - clock.time);
    }
    // random() = 0.5 puts each wait at three quarters of its ceiling: 2 s, 4 s, 8 s… capped at 5 minutes.
    expect(waits).toEqual([1500, 3000, 6000, 12000, 24000, 48000, 96000, 192000, 225000, 225000]);
  });

  it("waits as long as the server's Retry-After asks", async () => {
    const { outbox, stored, clock } = setup(async () => {
      throw httpError(503, {}, 30);
    });
    const outcome = await outbox.deliver(outbox.enqueue(rating()).item.id);
    expect(outcome?.status === 'queued' ? outcome.retryAt : 0).toBe(clock.time + 30_000);
    expect(stored()[0]?.nextAttemptAt).toBe(clock.time + 30_000);
  });

  it('flushes only the items that are due, unless forced', async () => {
    let online = false;
    const { outbox, send, clock } = setup(async () => {
      if (!online) throw networkError();
    });
    await outbox.deliver(outbox.enqueue(rating()).item.id);
    online = true;
    expect(await outbox.flush()).toEqual([]);
    clock.advance(1500);
    expect((await outbox.flush()).map((outcome) => outcome.status)).toEqual(['delivered']);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('plans its next wake-up at the earliest retry or lease end', async () => {
    const { outbox, clock } = setup(async () => {
      throw networkError();
    });
    expect(outbox.nextWakeAt()).toBeUndefined();
    await outbox.deliver(outbox.enqueue(rating()).item.id);
    expect(outbox.nextWakeAt()).toBe(clock.time + 1500);
  });

  it('drops answers older than 30 days, so a verifier never lingers in storage', async () => {
    const { outbox, stored, clock, send } = setup(async () => {
      throw networkError();
    });
    await outbox.deliver(outbox.enqueue(rating()).item.id);
    clock.advance(30 * 86_400_000 + 1);
    await outbox.flush({ force: true });
    expect(stored()).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends every waiting item on a forced flush, oldest first', async () => {
    const sent: string[] = [];
    let online = false;
    const { outbox, clock } = setup(async (item) => {
      if (!online) throw networkError();
      sent.push(item.kind === 'rating' ? item.dossierCode : 'feedback');
    });
    // One answer a second: "oldest" is the time each was queued.
    for (const code of ['000.00.14.H56-250612-0001', '000.00.14.H56-250612-0002']) {
      await outbox.deliver(outbox.enqueue(rating(code)).item.id);
      clock.advance(1000);
    }
    await outbox.deliver(outbox.enqueue(feedback).item.id);
    online = true;
    await outbox.flush({ force: true });
    expect(sent).toEqual(['000.00.14.H56-250612-0001', '000.00.14.H56-250612-0002', 'feedback']);
    expect(outbox.items()).toEqual([]);
  });
});

describe('Outbox: storage unavailable', () => {
  it('still sends when localStorage cannot even be opened (private mode), and says so', async () => {
    const send = vi.fn(async () => undefined);
    const outbox = new Outbox({
      store: createOutboxStore(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
      deliver: send,
    });
    const result = outbox.enqueue(rating());
    expect(result.persisted).toBe(false);
    expect(outbox.persistent).toBe(false);
    expect((await outbox.deliver(result.item.id))?.status).toBe('delivered');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed answer in memory when the quota is exceeded, and sends it later', async () => {
    const storage = new FakeStorage();
    storage.quotaExceeded = true;
    let online = false;
    const { outbox } = setup(async () => {
      if (!online) throw networkError();
    }, storage);
    const result = outbox.enqueue(rating());
    expect(result.persisted).toBe(false);
    expect((await outbox.deliver(result.item.id))?.status).toBe('queued');
    expect(outbox.items()).toHaveLength(1);
    online = true;
    expect((await outbox.flush({ force: true })).map((outcome) => outcome.status)).toEqual(['delivered']);
  });

  it('reads an unreadable stored value as no answer', () => {
    const storage = new FakeStorage();
    storage.setItem(`${OUTBOX_KEY_PREFIX}a`, '{not json');
    storage.setItem(LEGACY_OUTBOX_KEY, '{not json');
    const { outbox } = setup(undefined, storage);
    expect(outbox.items()).toEqual([]);
    expect(outbox.enqueue(feedback).persisted).toBe(true);
  });
});

describe('Outbox: listeners', () => {
  it('tells every listener what happened, and a failing listener does not stop delivery', async () => {
    const { outbox, stored } = setup();
    const seen: string[] = [];
    const stopFailing = outbox.onOutcome(() => {
      throw new Error('listener bug');
    });
    outbox.onOutcome((outcome) => seen.push(outcome.status));
    const swallow = (error: unknown) => seen.push(`uncaught ${(error as Error).message}`);
    process.on('uncaughtException', swallow);
    try {
      await outbox.deliver(outbox.enqueue(feedback).item.id);
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      process.off('uncaughtException', swallow);
      stopFailing();
    }
    expect(seen).toContain('delivered');
    expect(stored()).toEqual([]);
  });
});

describe('Outbox: leases handed back when the page goes', () => {
  it('lets another tab send at once, not after the lease, when the sending page hands its leases back', async () => {
    const storage = new FakeStorage();
    const clock = new FakeClock();
    const leaving = setup(() => new Promise(() => undefined), storage, clock);
    const next = setup(async () => undefined, storage, clock);
    const { item } = leaving.outbox.enqueue(rating());
    void leaving.outbox.deliver(item.id);
    expect((await next.outbox.deliver(item.id))?.status).toBe('busy');
    leaving.outbox.releaseLeases();
    expect((await next.outbox.deliver(item.id))?.status).toBe('delivered');
    expect(next.send).toHaveBeenCalledTimes(1);
  });
});
