import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_CHECK_MS } from '../src/catalogue/catalogue-cache.js';
import { importCatalogue } from '../src/catalogue/catalogue-import.js';
import { createPgDb } from '../src/db/pg-db.js';
import { createApp } from '../src/http/app.js';
import { DB_KINDS } from './support/databases.js';
import { TEST_DOSSIERS, type TestDossier, verifierOf } from './support/national-items.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const { processing, returned, finished } = TEST_DOSSIERS;
const RATING = { overall: 'very-satisfied', answers: { staff: 'good' } };

type Inject = TestServer['app']['inject'];
const rate = (inject: Inject, dossier: TestDossier, key: string, body: unknown = RATING, client = '10.0.0.1') =>
  inject({
    method: 'POST',
    url: `/api/v1/dossiers/${dossier.code}/ratings`,
    headers: { 'x-verifier': verifierOf(dossier), 'idempotency-key': key, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
    remoteAddress: client,
  });
const lookUp = (inject: Inject, code: string, verifier: string, client: string) =>
  inject({
    method: 'GET',
    url: `/api/v1/dossiers/${code}`,
    headers: { 'x-verifier': verifier },
    remoteAddress: client,
  });

describe.each(DB_KINDS)('ratings and look-up limits on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { maxClientFailures: 8 });
  });
  afterAll(() => server.close());

  it('keeps one rating per dossier: replay 201, other key 409, same key with another body 422', async () => {
    const inject = server.app.inject.bind(server.app);
    const first = await rate(inject, returned, 'key-aaaaaaaa');
    const replay = await rate(inject, returned, 'key-aaaaaaaa');
    const otherBody = await rate(inject, returned, 'key-aaaaaaaa', { overall: 'dissatisfied' });
    const otherKey = await rate(inject, returned, 'key-bbbbbbbb');
    expect([first.statusCode, replay.statusCode, otherBody.statusCode, otherKey.statusCode]).toEqual([
      201, 201, 422, 409,
    ]);
    expect(replay.json()).toEqual(first.json());
    expect(otherKey.json().type).toMatch(/already-rated$/);
    const dossier = await lookUp(inject, returned.code, verifierOf(returned), '10.0.0.1');
    expect(dossier.json().rating).toEqual({ canRate: false, ratedAt: first.json().createdAt });
  });

  it('refuses to rate a dossier still being processed (409 not-finished)', async () => {
    const response = await rate(server.app.inject.bind(server.app), processing, 'key-cccccccc');
    expect(response.statusCode).toBe(409);
    expect(response.json().type).toMatch(/not-finished$/);
  });

  it('locks a code after 5 failed look-ups, even for the right verifier, until the window passes', async () => {
    const inject = server.app.inject.bind(server.app);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await lookUp(inject, finished.code, '0000', `10.1.0.${attempt}`)).statusCode).toBe(404);
    }
    const locked = await lookUp(inject, finished.code, verifierOf(finished), '10.1.1.1');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    server.clock.advance(15 * 60_000 + 1000);
    expect((await lookUp(inject, finished.code, verifierOf(finished), '10.1.1.1')).statusCode).toBe(200);
  });

  it('answers at most 5 of many parallel wrong guesses of one code', async () => {
    const inject = server.app.inject.bind(server.app);
    const code = '000.75.30.H56-261120-7777';
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, index) => lookUp(inject, code, String(1000 + index), `10.4.0.${index}`)),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  });

  it('answers at most 8 of many parallel wrong guesses of different codes by one client', async () => {
    const inject = server.app.inject.bind(server.app);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        lookUp(inject, `000.75.30.H56-261120-${String(6000 + index)}`, '1234', '10.5.0.1'),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 404)).toHaveLength(8);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12);
  });

  it('refuses a client after its failed look-ups across codes reach the limit', async () => {
    const inject = server.app.inject.bind(server.app);
    for (let attempt = 0; attempt < 8; attempt++) {
      const code = `000.75.30.H56-261120-${String(5000 + attempt)}`;
      expect((await lookUp(inject, code, '1234', '10.2.0.1')).statusCode).toBe(404);
    }
    const refused = await lookUp(inject, processing.code, verifierOf(processing), '10.2.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().type).toMatch(/too-many-attempts$/);
    expect(refused.json().detail).toMatch(/Bạn đã tra cứu sai quá nhiều lần/);
    expect((await lookUp(inject, processing.code, verifierOf(processing), '10.2.0.2')).statusCode).toBe(200);
  });
});

describe('two instances on one PostgreSQL', () => {
  let server: TestServer;
  let other: Awaited<ReturnType<typeof createApp>>;
  let closeOther: () => Promise<void>;
  beforeAll(async () => {
    server = await startTestServer('postgres');
    const db = createPgDb(server.url as string);
    other = await createApp(db, { settings: { now: server.clock.now } });
    closeOther = async () => {
      await other.app.close();
      await db.close();
    };
  });
  afterAll(async () => {
    await closeOther();
    await server.close();
  });

  it('still give one rating per dossier under concurrent submissions with different keys', async () => {
    const apps = [server.app, other.app];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        rate((apps[index % 2] as TestServer['app']).inject.bind(apps[index % 2]), finished, `race-key-${index}`),
      ),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const { rows } = await server.db.query('SELECT count(*)::int AS n FROM ratings WHERE dossier_code = $1', [
      finished.code,
    ]);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('see a catalogue import made through the other within a few seconds', async () => {
    const row = { code: '9.999002', name: 'Thủ tục thử nghiệm làm mới danh mục', categories: ['Hộ tịch'] };
    const before = await other.app.inject({ method: 'GET', url: '/api/v1/procedures/9.999002' });
    expect(before.statusCode).toBe(404);
    const report = await importCatalogue(server.db, JSON.stringify(row));
    expect(report.added).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, CATALOGUE_CHECK_MS + 100));
    const after = await other.app.inject({ method: 'GET', url: '/api/v1/procedures/9.999002' });
    expect(after.json().name).toBe(row.name);
  });

  it('share the lockout: failures on one instance lock the code on the other', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await lookUp(server.app.inject.bind(server.app), processing.code, '0000', '10.3.0.1')).statusCode).toBe(
        404,
      );
    }
    const onOther = await lookUp(other.app.inject.bind(other.app), processing.code, verifierOf(processing), '10.3.0.2');
    expect(onOther.statusCode).toBe(429);
  });
});
