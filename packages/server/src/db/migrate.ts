import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from './db.js';
import { packageFile } from '../package-files.js';

/** The folder of numbered SQL migrations shipped with the package (`001_initial.sql`, …). */
export const MIGRATIONS_DIR = packageFile('migrations/');

/** Any fixed number: every hcc-server instance takes the same advisory lock while it migrates. */
const MIGRATION_LOCK = 4_020_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations in `dir`, in order; a file not named `NNN_name.sql` is an error, not silently skipped. */
export function readMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)_([\w-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`migration file ${file} is not named NNN_name.sql`);
      return { version: Number(match[1]), name: match[2] as string, sql: readFileSync(new URL(file, dir), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the pending migrations in one transaction under an advisory lock, recording each version: running it
 * twice does nothing the second time, and two instances starting at once apply each migration once.
 * @returns the versions applied now.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = readMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((migration) => migration.version);
  });
}
