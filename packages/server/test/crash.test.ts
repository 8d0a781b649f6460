import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Db } from '../src/db/db.js';
import { createPgliteDb } from '../src/db/pglite-db.js';
import { runToEnd, serve } from './support/cli-process.js';
import { DB_KINDS, openTestDb, type TestDb, tempDir } from './support/databases.js';
import { dossierBatch, type TestDossier, verifierOf } from './support/national-items.js';

const finishedDossiers: TestDossier[] = Array.from({ length: 150 }, (_, index) => ({
  code: `000.75.30.H56-261110-${String(2000 + index)}`,
  phone: `0912 00${String(1000 + index)}`,
  status: 10,
  received: '2026-11-10T08:00',
  appointment: '2026-11-17T17:00',
  finished: '2026-11-16T16:00',
  returned: '2026-11-17T10:00',
}));

/** The database a server process runs on: its environment, and a way to read it afterwards. */
interface ProcessDb {
  env: Record<string, string>;
  /** Opens the database (after the server process is gone). */
  open: () => Promise<Db>;
  close: () => Promise<void>;
}

async function postgresForProcess(): Promise<ProcessDb> {
  const database: TestDb = await openTestDb('postgres');
  return { env: { DATABASE_URL: database.url as string }, open: async () => database.db, close: database.close };
}

/** An embedded database in a folder, from the prepared template (no initdb), for a server process to open. */
async function pgliteForProcess(): Promise<ProcessDb> {
  const dir = tempDir('hcc-crash-pglite-');
  const dump = readFileSync(join(inject('pgliteDumps'), 'prepared.tar'));
  await (await createPgliteDb(dir.path, { loadDataDir: new Blob([dump]) })).close();
  let opened: Db | undefined;
  return {
    env: { HCC_DATA_DIR: dir.path },
    open: async () => {
      opened = await createPgliteDb(dir.path);
      return opened;
    },
    close: async () => {
      await opened?.close();
      dir.remove();
    },
  };
}

// A server process killed with SIGKILL while ratings arrive: every rating it acknowledged (201) is in the database.
describe.each(DB_KINDS)('kill -9 while ratings are being submitted, on %s', (kind) => {
  let database: ProcessDb;
  beforeAll(async () => {
    database = kind === 'postgres' ? await postgresForProcess() : await pgliteForProcess();
  });
  afterAll(() => database.close());

  it('loses no acknowledged rating', async () => {
    const env = { ...database.env, HCC_VERIFIER_KEY: 'crash-test-key', HCC_LOG_LEVEL: 'silent' };
    const created = await runToEnd(['token', 'create', '--name', 'crash-test'], env);
    const token = created.stdout.trim().split('\n').at(-1);
    const server = await serve(env);
    const pushed = await fetch(server.base.replace('/api/v1', '/ingest/v1/dossiers'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(dossierBatch(finishedDossiers)),
    });
    expect((await pushed.json()).accepted).toBe(finishedDossiers.length);

    const acknowledged: string[] = [];
    const submit = async (dossier: TestDossier) => {
      try {
        const response = await fetch(`${server.base}/dossiers/${dossier.code}/ratings`, {
          method: 'POST',
          headers: {
            'X-Verifier': verifierOf(dossier),
            'Idempotency-Key': `crash-${dossier.code}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ overall: 'satisfied' }),
        });
        if (response.status === 201) acknowledged.push(dossier.code);
      } catch {
        // The connection died with the process: not acknowledged, so nothing is promised.
      }
    };
    // Ten clients at a time; the process is killed once some ratings are in and others are in flight.
    const queue = [...finishedDossiers];
    const clients = Array.from({ length: 10 }, async () => {
      for (let dossier = queue.shift(); dossier; dossier = queue.shift()) await submit(dossier);
    });
    while (acknowledged.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGKILL');
    await Promise.all(clients);
    await server.exit;

    const db = await database.open();
    const { rows } = await db.query<{ dossier_code: string }>('SELECT dossier_code FROM ratings');
    const stored = new Set(rows.map((row) => row.dossier_code));
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeLessThan(finishedDossiers.length);
    expect(acknowledged.filter((code) => !stored.has(code))).toEqual([]);
  });
});
