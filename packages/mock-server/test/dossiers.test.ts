import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockDatabase, maskName } from '../src/index.js';
import { createMockServer } from '../src/node.js';
import { call, testClock } from './support/api.js';

const clock = testClock();
const mock = createMockServer({ now: clock.now });
beforeAll(() => mock.listen());
afterEach(() => mock.reset());
afterAll(() => mock.close());

const fixtures = mock.db.fixtures;
const withTrait = (trait: string) => fixtures.filter((fixture) => fixture.traits.includes(trait));
const lookUp = (code: string, verifier: string) =>
  call('GET', `/dossiers/${code}`, { headers: { 'X-Verifier': verifier } });
const wrong = (verifier: string) => String((Number(verifier) + 1) % 10_000).padStart(4, '0');

describe('generated dossiers', () => {
  it('number in the thousands, over 2024 to today, with every status', () => {
    const records = [...mock.db.dossiers.values()];
    expect(records.length).toBeGreaterThan(3000);
    expect(records.map((record) => record.receivedAt.slice(0, 4)).sort()[0]).toBe('2024');
    expect(new Set(records.map((record) => record.status))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it('are the same for the same seed and day, and differ for another seed', () => {
    const codes = (seed: number) => [...createMockDatabase({ seed, now: clock.now }).dossiers.keys()].slice(0, 50);
    expect(codes(7)).toEqual(codes(7));
    expect(codes(7)).not.toEqual(codes(8));
  });

  it('were received by a former district agency before 1 July 2025 and by a commune since, for commune procedures', () => {
    const kindOf = (id: string) => mock.db.catalogue.agency(id)?.kind;
    const records = [...mock.db.dossiers.values()];
    const communeLevel = (day: (d: string) => boolean) =>
      new Set(
        records
          .filter((r) => day(r.receivedAt) && ['district', 'commune'].includes(kindOf(r.agencyId) ?? ''))
          .map((r) => kindOf(r.agencyId)),
      );
    expect(communeLevel((day) => day < '2025-07-01')).toEqual(new Set(['district']));
    expect(communeLevel((day) => day >= '2025-07-01')).toEqual(new Set(['commune']));
  });

  it('mix channels, supplement requests, and early, on-time and late results', async () => {
    const { body } = await call('GET', '/stats');
    expect(body.totals.online / body.totals.received).toBeGreaterThan(0.2);
    expect(body.totals.early).toBeGreaterThan(body.totals.onTime);
    expect(body.totals.late).toBeGreaterThan(0);
    expect([...mock.db.dossiers.values()].some((record) => record.supplements.length > 1)).toBe(true);
  });
});

describe('fixture dossiers', () => {
  it('cover every status 1–10', () => {
    expect(new Set(fixtures.map((fixture) => fixture.status))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it.each(fixtures.map((fixture) => [fixture.code, fixture]))('%s answers with its status', async (_code, fixture) => {
    const { status, body } = await lookUp(fixture.code, fixture.verifier);
    expect(status).toBe(200);
    expect(body.status.code).toBe(fixture.status);
    expect(body.procedure.code).toBe(fixture.procedureCode);
  });

  it.each(withTrait('late').map((fixture) => [fixture.code, fixture]))(
    '%s is late or overdue by the SDK rules',
    async (_code, fixture) => {
      const { body } = await lookUp(fixture.code, fixture.verifier);
      expect(['late', 'overdue']).toContain(body.timeliness.state);
    },
  );

  it('shows an open supplement request as a paused clock', async () => {
    const [fixture] = withTrait('paused');
    const { body } = await lookUp(fixture?.code as string, fixture?.verifier as string);
    expect(body.timeliness.pausedForSupplement).toBe(true);
    expect(body.supplements.at(-1).resumedAt).toBeNull();
  });

  it('keeps the former district agency of a receipt before July 2025', async () => {
    for (const fixture of withTrait('former-agency')) {
      const { body } = await lookUp(fixture.code, fixture.verifier);
      expect(body.agency).toMatchObject({ level: 'district', former: true, validTo: '2025-06-30' });
      expect(body.receivedAt < '2025-07-01').toBe(true);
    }
  });

  it('starts with the receiving agency identifier and the receipt date', async () => {
    const [fixture] = withTrait('former-agency');
    const { body } = await lookUp(fixture?.code as string, fixture?.verifier as string);
    const yymmdd = body.receivedAt.slice(2, 10).replaceAll('-', '');
    expect(body.code).toBe(`${body.agency.identifier}-${yymmdd}-${body.code.split('-')[2]}`);
  });
});

describe('applicant names', () => {
  it('masks "Nguyễn Văn A" as "Nguyễn V*** A"', () => {
    expect(maskName('Nguyễn Văn A')).toBe('Nguyễn V*** A');
  });

  it('masks every word but the family name', () => {
    expect(maskName('Trần Thị Mai Anh')).toBe('Trần T*** M*** A***');
  });

  it('never leaves the mock unmasked', async () => {
    const [fixture] = fixtures;
    const record = mock.db.dossiers.get(fixture?.code as string);
    const { text, body } = await lookUp(fixture?.code as string, fixture?.verifier as string);
    expect(text).not.toContain(record?.applicantName);
    expect(body.applicant.name).toBe(maskName(record?.applicantName as string));
  });
});

describe('look-up protection', () => {
  it('gives byte-identical 404s for an unknown code and a wrong verifier', async () => {
    const [fixture] = fixtures;
    const unknown = await lookUp('000.00.05.H56-260101-0999', '1234');
    const wrongVerifier = await lookUp(fixture?.code as string, wrong(fixture?.verifier as string));
    expect(unknown.status).toBe(404);
    expect(wrongVerifier.status).toBe(404);
    expect(wrongVerifier.text).toBe(unknown.text);
  });

  it('locks a code for 15 minutes after 5 failures, with Retry-After', async () => {
    const fixture = fixtures[4];
    const code = fixture?.code as string;
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await lookUp(code, wrong(fixture?.verifier as string))).status).toBe(404);
    const locked = await lookUp(code, fixture?.verifier as string);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('Retry-After'))).toBe(900);
    expect(locked.body.retryAfter).toBe(900);
  });

  it('unlocks the code when the 15 minutes have passed', async () => {
    const fixture = fixtures[5];
    const code = fixture?.code as string;
    for (let attempt = 0; attempt < 5; attempt++) await lookUp(code, wrong(fixture?.verifier as string));
    clock.advance(15 * 60_000);
    expect((await lookUp(code, fixture?.verifier as string)).status).toBe(200);
  });

  it('locks unknown codes too, so guessing codes is as slow as guessing verifiers', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await lookUp('000.00.05.H56-260101-0998', '0000');
    expect((await lookUp('000.00.05.H56-260101-0998', '0000')).status).toBe(429);
  });

  it('counts failures per code', async () => {
    const [first, second] = fixtures;
    for (let attempt = 0; attempt < 5; attempt++) await lookUp(first?.code as string, wrong(first?.verifier as string));
    expect((await lookUp(second?.code as string, second?.verifier as string)).status).toBe(200);
  });
});
