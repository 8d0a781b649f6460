import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { scenarioFromUrl } from '../src/runtime/scenario.js';
import { createMockServer } from '../src/node.js';
import { BASE, call, testClock } from './support/api.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

describe('scenarios', () => {
  it('offline: every request fails as a network error', async () => {
    mock.use({ scenario: 'offline' });
    await expect(fetch(`${BASE}/survey`)).rejects.toThrow(TypeError);
  });

  it('rate-limited: 429 with Retry-After', async () => {
    mock.use({ scenario: 'rate-limited' });
    const response = await call('GET', '/fields');
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('30');
  });

  it('errorRate 1: every request answers 503 with Retry-After', async () => {
    mock.use({ errorRate: 1 });
    const response = await call('GET', '/agencies');
    expect(response.status).toBe(503);
    expect(response.body.retryAfter).toBe(1);
  });

  it('flaky: some requests answer 503, the same ones for the same seed', async () => {
    const statuses = async () => {
      mock.use({ scenario: 'flaky', seed: 42 });
      const results: number[] = [];
      for (let index = 0; index < 30; index++) {
        const response = await Promise.race([
          fetch(`${BASE}/survey`).then((answer) => answer.status),
          new Promise<number>((resolve) => setTimeout(() => resolve(0), 200)),
        ]);
        results.push(response);
      }
      return results;
    };
    const first = await statuses();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(first).toContain(0); // a timeout: no answer within 200 ms
    expect(await statuses()).toEqual(first);
  });

  it('latency: answers no sooner than asked', async () => {
    mock.use({ latencyMs: 150 });
    const started = performance.now();
    await call('GET', '/survey');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('slow: answers after 1.5 s more', async () => {
    mock.use({ scenario: 'slow' });
    const started = performance.now();
    await call('GET', '/survey');
    expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('empty: no procedures, no fields, no agencies, no dossiers, zero figures', async () => {
    mock.use({ scenario: 'empty' });
    const [fixture] = mock.db.fixtures;
    expect((await call('GET', '/procedures?q=khai%20sinh')).body.total).toBe(0);
    expect((await call('GET', '/fields')).body.items).toEqual([]);
    expect((await call('GET', '/agencies')).body.items).toEqual([]);
    expect((await call('GET', '/procedures/1.001193')).status).toBe(404);
    expect(
      (await call('GET', `/dossiers/${fixture?.code}`, { headers: { 'X-Verifier': fixture?.verifier ?? '' } })).status,
    ).toBe(404);
    expect((await call('GET', '/stats')).body.totals.received).toBe(0);
  });

  it('reset returns to the normal scenario', async () => {
    mock.use({ scenario: 'offline' });
    mock.reset();
    expect((await call('GET', '/survey')).status).toBe(200);
  });

  it('refuses an unknown scenario or an error rate above 1', () => {
    expect(() => mock.use({ scenario: 'broken' as never })).toThrow(/Unknown scenario/);
    expect(() => mock.use({ errorRate: 2 })).toThrow(/between 0 and 1/);
  });
});

describe('scenario from the page URL', () => {
  it('reads ?scenario=flaky&latency=300&error-rate=0.2', () => {
    expect(scenarioFromUrl('?scenario=flaky&latency=300&error-rate=0.2')).toEqual({
      scenario: 'flaky',
      latencyMs: 300,
      errorRate: 0.2,
    });
  });

  it('ignores unknown scenarios and out-of-range values', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(scenarioFromUrl('?scenario=chaos&latency=-1&error-rate=3')).toEqual({});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown ?scenario=chaos'));
    warn.mockRestore();
  });
});
