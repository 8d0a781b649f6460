import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db.js';

/** A real PostgreSQL (13 or newer) through a connection pool. */
export function createPgDb(connectionString: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its connection (a database restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(
      sql: string,
      params: readonly unknown[] = [],
      options: { name?: string } = {},
    ): Promise<QueryResult<T>> {
      const result = await client.query({ text: sql, values: params as unknown[], ...options });
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
