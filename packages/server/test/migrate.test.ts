import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.js';
import { createPgDb } from '../src/db/pg-db.js';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { DB_KINDS, openTestDb } from './support/databases.js';

describe.each(DB_KINDS)('migrations on %s', (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDb>>;
  let db: Db;
  beforeAll(async () => {
    opened = await openTestDb(kind, 'empty');
    db = opened.db;
  });
  afterAll(() => opened.close());

  it('creates the schema from empty, then finds nothing to do', async () => {
    const all = readMigrations().map((migration) => migration.version);
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual([]);
    const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => Number(row.version))).toEqual(all);
  });
});

describe('migrations on a shared PostgreSQL', () => {
  let opened: Awaited<ReturnType<typeof openTestDb>>;
  beforeAll(async () => {
    opened = await openTestDb('postgres', 'empty');
  });
  afterAll(() => opened.close());

  it('applies each migration once when two instances migrate at once', async () => {
    const other = createPgDb(opened.url as string);
    try {
      const [first, second] = await Promise.all([migrate(opened.db), migrate(other)]);
      expect([...first, ...second].sort((a, b) => a - b)).toEqual(
        readMigrations().map((migration) => migration.version),
      );
    } finally {
      await other.close();
    }
  });
});
