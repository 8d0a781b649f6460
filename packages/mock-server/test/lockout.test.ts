import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCKOUT_WINDOW_MS, MAX_CLIENT_FAILURES } from '../src/index.js';
import { createMockServer } from '../src/node.js';
import { Lockout } from '../src/runtime/lockout.js';
import { call, testClock } from './support/api.js';

const clock = testClock();
const mock = createMockServer({ now: clock.now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

/** Codes that exist nowhere: one look-up each, so no code reaches its own limit of 5. */
const unknownCode = (index: number) => `000.00.05.H56-260101-${String(8000 + index)}`;
const lookUp = (code: string, verifier: string) =>
  call('GET', `/dossiers/${code}`, { headers: { 'X-Verifier': verifier } });

describe('failed look-ups of one client, across codes', () => {
  it('answer 429 with Retry-After after 20 failures in 15 minutes, even for the right verifier', async () => {
    for (let index = 0; index < MAX_CLIENT_FAILURES; index++) {
      expect((await lookUp(unknownCode(index), '0000')).status).toBe(404);
    }
    const [fixture] = mock.db.fixtures;
    const locked = await lookUp(fixture?.code as string, fixture?.verifier as string);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('Retry-After')).toBe('900');
    expect(locked.body.retryAfter).toBe(900);
  });

  it('allow look-ups again once the oldest failures leave the window', async () => {
    for (let index = 0; index < MAX_CLIENT_FAILURES; index++) await lookUp(unknownCode(index), '0000');
    clock.advance(LOCKOUT_WINDOW_MS);
    const [fixture] = mock.db.fixtures;
    expect((await lookUp(fixture?.code as string, fixture?.verifier as string)).status).toBe(200);
  });

  it('count failed ratings too', async () => {
    const [fixture] = mock.db.fixtures;
    for (let index = 0; index < MAX_CLIENT_FAILURES; index++) {
      await call('POST', `/dossiers/${unknownCode(index)}/ratings`, {
        headers: { 'X-Verifier': '0000', 'Idempotency-Key': `lockout-key-${index}-0001` },
        body: { overall: 'satisfied' },
      });
    }
    expect((await lookUp(fixture?.code as string, fixture?.verifier as string)).status).toBe(429);
  });
});

describe('the lockout forgets', () => {
  it('codes and clients whose failures have left the window', () => {
    const lockout = new Lockout();
    const start = Date.UTC(2026, 10, 25);
    for (let index = 0; index < 5000; index++) lockout.fail(`code-${index}`, start, `client-${index % 250}`);
    expect(lockout.size).toBe(5250);
    lockout.fail('code-late', start + LOCKOUT_WINDOW_MS, 'client-late');
    expect(lockout.size).toBe(2);
  });

  it('keeps the per-code lockout: 5 failures of one code lock it, not the other codes', () => {
    const lockout = new Lockout();
    const now = Date.UTC(2026, 10, 25);
    for (let attempt = 0; attempt < 5; attempt++) lockout.fail('code-a', now, 'client-a');
    expect(lockout.retryAfter('code-a', now, 'client-b')).toBe(900);
    expect(lockout.retryAfter('code-b', now, 'client-a')).toBe(0);
  });
});
