import { describe, expect, it } from 'vitest';
import { FakeClock, FakeStorage, deferred, httpError, networkError } from './fakes.js';
import { feedback, rating, setup } from './outbox-setup.js';

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
