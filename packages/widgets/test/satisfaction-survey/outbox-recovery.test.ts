import { describe, expect, it, vi } from 'vitest';
import { LEGACY_OUTBOX_KEY, OUTBOX_KEY_PREFIX, createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, httpError, networkError } from './fakes.js';
import { feedback, rating, setup } from './outbox-setup.js';

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
