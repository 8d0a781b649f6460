import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { attachStoreFile } from '../src/cli/store-file.js';
import { createHandlers, createMockDatabase, type MockDatabase } from '../src/index.js';

const DAY_MS = 86_400_000;
const DAY_D = new Date('2026-11-25T10:00:00+07:00').getTime();

/** A mock database as `hcc-mock-server --store FILE` runs it, on a given day. */
function startOn(time: number, store: string) {
  const db = createMockDatabase({ now: () => new Date(time) });
  attachStoreFile(db, store);
  const handlers = createHandlers(db);
  const rate = async (code: string, verifier: string, key: string) => {
    const request = new Request(`http://hcc.test/api/v1/dossiers/${code}/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Verifier': verifier, 'Idempotency-Key': key },
      body: JSON.stringify({ overall: 'satisfied' }),
    });
    const response = (await getResponse(handlers, request)) as Response;
    return { status: response.status, body: await response.json() };
  };
  return { db, rate };
}

/** Finished, unrated dossiers, the most recent first: those are the ones a later day's data generates differently. */
function ratable(db: MockDatabase, count: number) {
  return [...db.dossiers.values()]
    .filter((record) => [3, 8, 9, 10].includes(record.status) && !db.ratings.get(record.code))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
    .slice(0, count);
}

describe('--store across restarts on later days', { timeout: 60_000 }, () => {
  it.each([1, 7, 45, 400])('keeps every stored rating after a restart %i day(s) later', async (days) => {
    const store = join(mkdtempSync(join(tmpdir(), 'hcc-store-')), 'store.json');
    const before = startOn(DAY_D, store);
    const rated = ratable(before.db, 150);
    for (const [index, record] of rated.entries()) {
      expect((await before.rate(record.code, record.verifier, `store-day-${index}-0001`)).status).toBe(201);
    }
    const ratings = rated.map((record) => before.db.ratings.get(record.code));

    const after = startOn(DAY_D + days * DAY_MS, store);
    expect(rated.map((record) => after.db.ratings.get(record.code))).toEqual(ratings);
    for (const [index, record] of rated.entries()) {
      const second = await after.rate(record.code, record.verifier, `store-again-${index}-0001`);
      expect({ code: record.code, status: second.status, type: second.body.type }).toEqual({
        code: record.code,
        status: 409,
        type: 'https://hcc.example/problems/already-rated',
      });
    }
  });
});
