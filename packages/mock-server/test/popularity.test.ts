import { getResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { generateDossiers } from '../src/dossiers/generate.js';
import { createHandlers, createMockDatabase } from '../src/index.js';
import { testClock } from './support/api.js';

// Counts every generation of the dossiers, so a test can tell which requests pay for it.
vi.mock('../src/dossiers/generate.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/dossiers/generate.js')>();
  return { ...original, generateDossiers: vi.fn(original.generateDossiers) };
});

/** The rule of `sort=popular`, counted here on the generated dossiers themselves. */
function receivedInYearUpTo(dossiers: Iterable<{ receivedAt: string; procedureCode: string }>, today: string) {
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const counts = new Map<string, number>();
  for (const { receivedAt, procedureCode } of dossiers) {
    const day = receivedAt.slice(0, 10);
    if (day > yearBefore && day <= today) counts.set(procedureCode, (counts.get(procedureCode) ?? 0) + 1);
  }
  return counts;
}

const sorted = (counts: ReadonlyMap<string, number>) => [...counts].sort(([a], [b]) => a.localeCompare(b));

describe('popularity (GET /procedures, sort=popular)', () => {
  it.each([
    ['the test clock, seed 20250701', '2026-11-25T10:00:00+07:00', undefined],
    ['another seed', '2026-11-25T10:00:00+07:00', 7],
    ['a day early in the morning', '2025-03-03T07:45:00+07:00', 42],
    ['a day in the first year of data', '2024-06-14T16:00:00+07:00', undefined],
  ])('counted from the receipts equals counting the generated dossiers (%s)', (_name, at, seed) => {
    const { now } = testClock(at);
    const db = createMockDatabase({ now, ...(seed === undefined ? {} : { seed }) });
    const today = at.slice(0, 10);
    const counted = db.popularity(today);
    const generated = receivedInYearUpTo(db.dossiers.values(), today);
    expect(generated.size).toBeGreaterThan(10);
    expect(sorted(counted)).toEqual(sorted(generated));
    // Later days too, while a long-running mock keeps the dossiers of the day it started.
    for (const later of ['2027-01-15', '2027-06-30']) {
      const fresh = createMockDatabase({ now, ...(seed === undefined ? {} : { seed }) });
      expect(sorted(fresh.popularity(later))).toEqual(sorted(receivedInYearUpTo(db.dossiers.values(), later)));
    }
  });

  it('gives the same counts after the dossiers were generated', () => {
    const db = createMockDatabase({ now: testClock().now });
    const before = sorted(db.popularity('2026-11-25'));
    expect(db.dossiers.size).toBeGreaterThan(3000);
    expect(sorted(db.popularity('2026-11-25'))).toEqual(before);
  });

  it('is counted without generating the dossiers: the widgets’ first requests cost none of them', async () => {
    const generations = vi.mocked(generateDossiers);
    const db = createMockDatabase({ now: testClock().now });
    const handlers = createHandlers(db);
    generations.mockClear();
    for (const path of ['/procedures?agency=phuong-kinh-bac', '/procedures?pageSize=50', '/fields', '/agencies']) {
      const response = await getResponse(handlers, new Request(`http://hcc.test/api/v1${path}`));
      expect(response?.status).toBe(200);
    }
    const survey = await getResponse(handlers, new Request('http://hcc.test/api/v1/survey'));
    expect(survey?.status).toBe(200);
    expect(generations).not.toHaveBeenCalled();
    // A dossier look-up does need them: the counter sees it.
    const [fixture] = db.fixtures;
    const lookUp = new Request(`http://hcc.test/api/v1/dossiers/${fixture?.code}`, {
      headers: { 'X-Verifier': fixture?.verifier as string },
    });
    expect((await getResponse(handlers, lookUp))?.status).toBe(200);
    expect(generations).toHaveBeenCalledTimes(1);
  });
});
