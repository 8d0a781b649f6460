import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { importBundled } from './catalogue/catalogue-import.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrate.js';
import { type DbSettings, openDb } from './db/open-db.js';
import { API_PREFIX, createApp } from './http/app.js';
import type { AppContext } from './http/context.js';
import { registerIngest } from './http/routes/ingest.js';
import type { ServerSettings } from './settings.js';
import { isCatalogueEmpty } from './stores/catalogue-store.js';
import { purgeFailures } from './stores/lookup-failure-store.js';

export interface StartOptions extends DbSettings {
  port?: number;
  host?: string;
  settings?: Partial<ServerSettings>;
  logger?: FastifyServerOptions['logger'];
  /** An open database to use instead of opening one from `databaseUrl` / `dataDir`. */
  db?: Db;
}

export interface RunningServer {
  /** `http://HOST:PORT/api/v1`. */
  url: string;
  app: FastifyInstance;
  ctx: AppContext;
  /** Stops taking connections, finishes the requests in flight, then closes the database. */
  close(): Promise<void>;
}

/** Brings the database up to date and, when it holds no catalogue yet, loads the bundled Bắc Ninh one. */
export async function prepareDatabase(db: Db): Promise<{ migrated: number[]; loadedBundled: boolean }> {
  const migrated = await migrate(db);
  if (!(await isCatalogueEmpty(db))) return { migrated, loadedBundled: false };
  await importBundled(db);
  return { migrated, loadedBundled: true };
}

/** Opens the database, prepares it, and serves the public API and the ingest API. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = options.db ?? (await openDb(options));
  try {
    await prepareDatabase(db);
    const { app, ctx } = await createApp(db, {
      ...(options.settings ? { settings: options.settings } : {}),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
      plugins: [registerIngest],
    });
    await app.listen({ port: options.port ?? 4020, host: options.host ?? '127.0.0.1' });
    const address = app.server.address() as { port: number };
    const host = options.host ?? '127.0.0.1';
    const shownHost = host.includes(':') ? `[${host}]` : host;
    // Failures older than the window no longer count anywhere: forgotten now and then.
    const purge = setInterval(() => {
      const now = ctx.settings.now().getTime();
      purgeFailures(db, now - ctx.settings.failureWindowMs).catch(() => {});
    }, 60_000);
    purge.unref();
    return {
      url: `http://${shownHost}:${address.port}${API_PREFIX}`,
      app,
      ctx,
      async close() {
        clearInterval(purge);
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    if (!options.db) await db.close().catch(() => {});
    throw error;
  }
}
