import { resolve } from 'node:path';
import type { Db } from './db.js';
import { createPgDb } from './pg-db.js';
import { createPgliteDb } from './pglite-db.js';

export interface DbSettings {
  /** `postgres://…`: a real PostgreSQL. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder when there is no `databaseUrl` (default `./.hcc-data`). */
  dataDir?: string | undefined;
}

/** `DATABASE_URL` when set, else the embedded PGlite in `HCC_DATA_DIR` or `./.hcc-data`. */
export function dbSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DbSettings {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.HCC_DATA_DIR || undefined };
}

/** Opens the database the settings name. */
export async function openDb(settings: DbSettings): Promise<Db> {
  if (settings.databaseUrl) return createPgDb(settings.databaseUrl);
  return createPgliteDb(resolve(settings.dataDir ?? '.hcc-data'));
}

/** Where the data lives, for messages (never the password of a URL). */
export function describeDb(settings: DbSettings): string {
  if (!settings.databaseUrl) return `embedded PGlite in ${resolve(settings.dataDir ?? '.hcc-data')}`;
  try {
    const url = new URL(settings.databaseUrl);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
