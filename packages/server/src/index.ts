/**
 * `@hcc/server`: the hcc public API over PostgreSQL. The command `hcc-server` is the usual way in; these exports let
 * a host program embed the server or reuse its database layer.
 */
export type { Db, Queryable, QueryResult } from './db/db.js';
export { migrate, readMigrations } from './db/migrate.js';
export { type DbSettings, dbSettingsFromEnv, openDb } from './db/open-db.js';
export { API_PREFIX, type AppOptions, createApp } from './http/app.js';
export { INGEST_PREFIX, registerIngest } from './http/routes/ingest.js';
export { prepareDatabase, type RunningServer, type StartOptions, startServer } from './server.js';
export { type ServerSettings, serverSettings } from './settings.js';
