import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';

const wrap = (client: PGlite | Transaction): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query<T>(sql, params as unknown[]);
    return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
  },
  async exec(sql: string) {
    await client.exec(sql);
  },
});

/**
 * The embedded PostgreSQL (PGlite, WebAssembly) keeping its files in `dataDir`: one process at a time, no server to
 * install. Queries from concurrent requests are queued on its single connection.
 */
export async function createPgliteDb(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Db> {
  // Without a folder the database lives in memory (tests start from a dumped one instead of running initdb).
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return pgliteDb(await PGlite.create(dataDir, options));
}

/** A PGlite instance as the server's {@link Db}. */
export function pgliteDb(db: PGlite): Db {
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
  };
}
