import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const mock = createMockServer({ now: testClock().now });
beforeAll(() => mock.listen());
afterAll(() => mock.close());

/** Dossiers of the mock received from 26 November 2025 to 25 November 2026, the test clock's day, per procedure. */
function receivedLastYear(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const dossier of mock.db.dossiers.values()) {
    const day = dossier.receivedAt.slice(0, 10);
    if (day >= '2025-11-26' && day <= '2026-11-25') {
      counts.set(dossier.procedureCode, (counts.get(dossier.procedureCode) ?? 0) + 1);
    }
  }
  return counts;
}

const collator = new Intl.Collator('vi');
type Item = { code: string; name: string };

function expectPopularOrder(items: Item[], counts: Map<string, number>) {
  for (let i = 1; i < items.length; i += 1) {
    const [before, after] = [items[i - 1] as Item, items[i] as Item];
    const [a, b] = [counts.get(before.code) ?? 0, counts.get(after.code) ?? 0];
    expect(a > b || (a === b && collator.compare(before.name, after.name) <= 0)).toBe(true);
  }
}

describe('GET /procedures sort', () => {
  it('lists the procedures with the most dossiers of the last 12 months first without q', async () => {
    const counts = receivedLastYear();
    const { body } = await call('GET', '/procedures?pageSize=50');
    const top = Math.max(...counts.values());
    expect(top).toBeGreaterThan(0);
    expect(counts.get(body.items[0].code)).toBe(top);
    expectPopularOrder(body.items, counts);
  });

  it('gives the same order for sort=popular', async () => {
    const implicit = await call('GET', '/procedures?pageSize=20');
    const explicit = await call('GET', '/procedures?pageSize=20&sort=popular');
    expect(explicit.body.items).toEqual(implicit.body.items);
  });

  it('orders the matches of q by popularity with sort=popular', async () => {
    const { body } = await call('GET', '/procedures?q=khai%20sinh&sort=popular&pageSize=30');
    expect(body.total).toBeGreaterThan(1);
    expect(body.items.every((item: { highlights?: unknown[] }) => Array.isArray(item.highlights))).toBe(true);
    expectPopularOrder(body.items, receivedLastYear());
  });

  it('keeps the best match first with q, relevance being the default', async () => {
    const implicit = await call('GET', '/procedures?q=dang%20ky%20khai%20sinh&pageSize=5');
    const explicit = await call('GET', '/procedures?q=dang%20ky%20khai%20sinh&pageSize=5&sort=relevance');
    expect(implicit.body.items[0].name).toBe('Thủ tục đăng ký khai sinh');
    expect(explicit.body.items).toEqual(implicit.body.items);
  });

  it('lists the matches of q in Vietnamese alphabetical order with sort=name', async () => {
    const { body } = await call('GET', '/procedures?q=giay%20phep%20lai%20xe&sort=name&pageSize=50');
    const names = body.items.map((item: Item) => item.name);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('refuses an unknown order with a 400 naming the parameter', async () => {
    const { status, body } = await call('GET', '/procedures?sort=newest');
    expect(status).toBe(400);
    expect(body.errors).toEqual([expect.objectContaining({ in: 'query', name: 'sort' })]);
  });
});
