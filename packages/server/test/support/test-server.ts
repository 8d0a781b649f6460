import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/db.js';
import { createApp } from '../../src/http/app.js';
import type { AppContext } from '../../src/http/context.js';
import { registerIngest } from '../../src/http/routes/ingest.js';
import { createToken } from '../../src/national/index.js';
import type { ServerSettings } from '../../src/settings.js';
import { insertToken } from '../../src/stores/token-store.js';
import { type DbKind, openTestDb } from './databases.js';
import { dossierBatch, TEST_DOSSIERS } from './national-items.js';

/** A fixed clock: 25 November 2026, 10:00 in Vietnam; tests move it forward. */
export function testClock(start = '2026-11-25T10:00:00+07:00') {
  let time = new Date(start).getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

export interface TestServer {
  app: FastifyInstance;
  ctx: AppContext;
  db: Db;
  url?: string;
  clock: ReturnType<typeof testClock>;
  /** A token that may write every agency's dossiers. */
  token: string;
  close(): Promise<void>;
}

let tokenCount = 0;

/**
 * One database of the given kind for a test file, migrated, with the bundled catalogue, the test dossiers pushed
 * through the ingest API, and an app on it (`app.inject`, no socket).
 */
export async function startTestServer(kind: DbKind, settings: Partial<ServerSettings> = {}): Promise<TestServer> {
  const opened = await openTestDb(kind);
  const clock = testClock();
  const { app, ctx } = await createApp(opened.db, {
    settings: { now: clock.now, ...settings },
    plugins: [registerIngest],
  });
  const { token, hash } = createToken();
  await insertToken(opened.db, `test-${++tokenCount}`, hash, []);
  const pushed = await app.inject({
    method: 'POST',
    url: '/ingest/v1/dossiers',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload: dossierBatch(Object.values(TEST_DOSSIERS)),
  });
  if (pushed.statusCode !== 200 || pushed.json().rejected.length) throw new Error(`test dossiers: ${pushed.body}`);
  return {
    app,
    ctx,
    db: opened.db,
    ...(opened.url ? { url: opened.url } : {}),
    clock,
    token,
    async close() {
      await app.close();
      await opened.close();
    },
  };
}
