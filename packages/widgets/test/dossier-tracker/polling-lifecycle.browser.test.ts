import type { BrowserMock } from '@hcc/mock-server/browser';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sleep, unmountAll, useMock, waitFor } from '../harness/index.js';
import { fixture, mountTracker, waitForShadow } from './tracker-page.js';

let mock: BrowserMock;
beforeAll(async () => {
  mock = await useMock();
});
afterEach(() => {
  unmountAll();
  mock.reset();
  vi.useRealTimers();
});

/** Counts the dossier look-ups the page sends from now on. */
function countLookUps() {
  const seen = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (request.url.includes('/dossiers/')) seen.count += 1;
  };
  mock.worker.events.on('request:start', listener);
  return { seen, stop: () => mock.worker.events.removeListener('request:start', listener) };
}

describe('polling when a tracker leaves the page', () => {
  it('stops at once, and polls on schedule again when the same tracker is attached again', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { code, verifier } = fixture(mock, 4, 'pending');
    const tracker = await mountTracker({ code, verifier, poll: '1' });
    await waitForShadow(tracker, '.result');
    const parent = tracker.parentElement as HTMLElement;
    const lookUps = countLookUps();
    try {
      tracker.remove();
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(5 * 60_000);
      await sleep(200);
      expect(lookUps.seen.count).toBe(0);
      parent.append(tracker);
      vi.advanceTimersByTime(60_000);
      await waitFor(() => lookUps.seen.count === 1, { what: 'a poll one minute after coming back' });
    } finally {
      lookUps.stop();
    }
  });

  it('leaves another tracker polling on its own schedule', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { code, verifier } = fixture(mock, 4, 'pending');
    const first = await mountTracker({ code, verifier, poll: '1' });
    await waitForShadow(first, '.result');
    first.remove();
    const second = await mountTracker({ code, verifier, poll: '1' });
    await waitForShadow(second, '.result');
    expect(vi.getTimerCount()).toBe(1);
    const lookUps = countLookUps();
    try {
      vi.advanceTimersByTime(60_000);
      await waitFor(() => lookUps.seen.count === 1, { what: "the second tracker's poll" });
    } finally {
      lookUps.stop();
    }
  });
});
