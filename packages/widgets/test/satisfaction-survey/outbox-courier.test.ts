import { describe, expect, it } from 'vitest';
import { startCourier } from '../../src/satisfaction-survey/outbox-courier.js';
import { createOutboxStore } from '../../src/satisfaction-survey/outbox-store.js';
import { Outbox } from '../../src/satisfaction-survey/outbox.js';
import { FakeClock, FakeStorage, networkError } from './fakes.js';

const entry = {
  kind: 'feedback' as const,
  apiBase: 'https://api.test/api/v1',
  feedback: { useful: true, pageUrl: 'https://example.gov.vn/' },
};

/** A courier over a fake window and fake timers, with a server that is down until the test says otherwise. */
function setup() {
  const clock = new FakeClock();
  const storage = new FakeStorage();
  const server = { up: false, calls: 0 };
  const outbox = new Outbox({
    store: createOutboxStore(() => storage),
    now: clock.now,
    random: () => 0.5,
    deliver: async () => {
      server.calls += 1;
      if (!server.up) throw networkError();
    },
  });
  const timers: { callback: () => void; at: number }[] = [];
  const events = new EventTarget();
  const environment = {
    events,
    now: clock.now,
    setTimer: (callback: () => void, ms: number) => {
      const timer = { callback, at: clock.time + ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1);
    },
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { clock, storage, server, outbox, timers, events, environment, settle };
}

describe('startCourier', () => {
  it('sends what an earlier page left in storage as soon as it starts', async () => {
    const first = setup();
    first.outbox.enqueue(entry);
    first.server.up = true;
    const courier = startCourier(first.outbox, first.environment);
    await courier.flush();
    expect(first.server.calls).toBe(1);
    expect(first.outbox.items()).toEqual([]);
    courier.stop();
  });

  it('wakes up when the backoff ends and sends again', async () => {
    const { outbox, environment, timers, clock, server } = setup();
    const courier = startCourier(outbox, environment);
    const { item } = outbox.enqueue(entry);
    await outbox.deliver(item.id);
    await courier.flush();
    expect(timers.map((timer) => timer.at - clock.time)).toEqual([1500]);
    server.up = true;
    clock.advance(1500);
    timers.shift()?.callback(); // a timer that fires is gone, as in the browser
    await courier.flush();
    expect(outbox.items()).toEqual([]);
    expect(timers).toEqual([]);
    courier.stop();
  });

  it('sends everything at once when the browser comes back online, without waiting for the backoff', async () => {
    const { outbox, environment, events, server, settle } = setup();
    const courier = startCourier(outbox, environment);
    await outbox.deliver(outbox.enqueue(entry).item.id);
    server.up = true;
    events.dispatchEvent(new Event('online'));
    await settle();
    await courier.flush();
    expect(server.calls).toBe(2);
    expect(outbox.items()).toEqual([]);
    courier.stop();
  });

  it('stops listening and clears its timer when stopped', async () => {
    const { outbox, environment, events, server, timers, settle } = setup();
    const courier = startCourier(outbox, environment);
    await outbox.deliver(outbox.enqueue(entry).item.id);
    await courier.flush();
    courier.stop();
    expect(timers).toEqual([]);
    server.up = true;
    events.dispatchEvent(new Event('online'));
    await settle();
    expect(server.calls).toBe(1);
    expect(outbox.items()).toHaveLength(1);
  });
});
