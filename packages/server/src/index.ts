/**
 * `@hcc/server`: the hcc public API over PostgreSQL. The command `hcc-server` is the usual way in; these exports let
 * a host program embed the server or reuse its database layer.
 */
export type { Db, Queryable, QueryResult } from './db/db.js';
export { migrate, readMigrations } from './db/migrate.js';
export { type DbSettings, dbSettingsFromEnv, openDb } from './db/open-db.js';
