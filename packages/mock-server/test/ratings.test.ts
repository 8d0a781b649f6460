import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const byStatus = (status: number) =>
  mock.db.fixtures.find((fixture) => fixture.status === status && !fixture.traits.includes('rated'));
const rate = (
  fixture: { code: string; verifier: string } | undefined,
  key: string,
  body: unknown = { overall: 'very-satisfied' },
) =>
  call('POST', `/dossiers/${fixture?.code}/ratings`, {
    headers: { 'X-Verifier': fixture?.verifier ?? '', 'Idempotency-Key': key },
    body,
  });

describe('ratings', () => {
  it('stores one rating and counts it', async () => {
    const before = mock.ratings.count();
    const { status } = await rate(byStatus(10), 'key-store-0001');
    expect(status).toBe(201);
    expect(mock.ratings.count()).toBe(before + 1);
  });

  it('replays the same 201 answer for the same key and body', async () => {
    const first = await rate(byStatus(9), 'key-replay-0001');
    const count = mock.ratings.count();
    const again = await rate(byStatus(9), 'key-replay-0001');
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(mock.ratings.count()).toBe(count);
  });

  it('answers 409 already-rated for another key', async () => {
    await rate(byStatus(8), 'key-first-0001');
    const second = await rate(byStatus(8), 'key-second-0001');
    expect(second.status).toBe(409);
    expect(second.body.type).toMatch(/already-rated$/);
  });

  it('answers 422 idempotency-key-reused when a key is replayed with a different answer', async () => {
    await rate(byStatus(3), 'key-changed-0001', { overall: 'satisfied' });
    const changed = await rate(byStatus(3), 'key-changed-0001', { overall: 'dissatisfied' });
    expect(changed.status).toBe(422);
    expect(changed.body.type).toMatch(/idempotency-key-reused$/);
    expect(mock.ratings.get(byStatus(3)?.code as string)?.overall).toBe('satisfied');
  });

  it('answers 409 already-rated for the fixture rated before', async () => {
    const [rated] = mock.db.fixtures.filter((fixture) => fixture.traits.includes('rated'));
    expect((await rate(rated, 'key-prerated-0001')).status).toBe(409);
  });

  it.each([1, 2, 4, 5, 6, 7])('answers 409 not-finished for a dossier in status %i', async (status) => {
    const response = await rate(byStatus(status), `key-status-${status}-0001`);
    expect(response.status).toBe(409);
    expect(response.body.type).toMatch(/not-finished$/);
  });

  it('gives the same 404 as a look-up for a wrong verifier', async () => {
    const fixture = byStatus(10);
    const response = await rate({ code: fixture?.code as string, verifier: '0000' }, 'key-wrong-0001');
    const lookUp = await call('GET', `/dossiers/${fixture?.code}`, { headers: { 'X-Verifier': '0000' } });
    expect(response.status).toBe(404);
    expect(response.text).toBe(lookUp.text);
  });

  it('shows the rating on the dossier', async () => {
    const fixture = byStatus(10);
    const before = await call('GET', `/dossiers/${fixture?.code}`, {
      headers: { 'X-Verifier': fixture?.verifier ?? '' },
    });
    await rate(fixture, 'key-shown-0001');
    const after = await call('GET', `/dossiers/${fixture?.code}`, {
      headers: { 'X-Verifier': fixture?.verifier ?? '' },
    });
    expect(before.body.rating).toEqual({ canRate: true, ratedAt: null });
    expect(after.body.rating.canRate).toBe(false);
    expect(after.body.rating.ratedAt).toMatch(/\+07:00$/);
  });

  it('counts a new rating in /stats', async () => {
    const before = (await call('GET', '/stats')).body;
    await rate(byStatus(10), 'key-stats-0001', { overall: 'dissatisfied', answers: { reasons: ['late', 'other'] } });
    const after = (await call('GET', '/stats')).body;
    expect(after.totals.rated).toBe(before.totals.rated + 1);
    expect(after.ratings.dissatisfied).toBe(before.ratings.dissatisfied + 1);
  });

  it('forgets submitted ratings on reset, keeping the seeded ones', async () => {
    const seeded = mock.ratings.count();
    await rate(byStatus(10), 'key-reset-0001');
    mock.reset();
    expect(mock.ratings.count()).toBe(seeded);
  });
});

describe('feedback', () => {
  const send = (body: Record<string, unknown>) =>
    call('POST', '/feedback', { headers: { 'Idempotency-Key': 'feedback-key-0001' }, body });

  it('returns the first receipt again for a repeated Idempotency-Key', async () => {
    const first = await send({ useful: true, pageUrl: 'https://bacninh.gov.vn/' });
    const second = await send({ pageUrl: 'https://bacninh.gov.vn/', useful: true });
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(mock.db.feedback.count()).toBe(1);
  });

  it('answers 422 idempotency-key-reused for the same key with another body, and stores nothing', async () => {
    await send({ useful: true, pageUrl: 'https://bacninh.gov.vn/' });
    const changed = await send({ useful: false, pageUrl: 'https://bacninh.gov.vn/' });
    expect(changed.status).toBe(422);
    expect(changed.body.type).toBe('https://hcc.example/problems/idempotency-key-reused');
    expect(mock.db.feedback.count()).toBe(1);
  });
});
