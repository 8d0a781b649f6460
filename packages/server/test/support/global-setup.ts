import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPgDb } from '../../src/db/pg-db.js';
import { prepareDatabase } from '../../src/server.js';
import { startPostgres, tempDir } from './databases.js';
import { pgliteDb } from '../../src/db/pglite-db.js';

/**
 * Once per test run: one real PostgreSQL (from npm) with a template database already migrated and loaded with the
 * bundled catalogue, and two dumped PGlite data directories (empty, and prepared alike). Each test file then gets its
 * own database in a moment instead of running initdb and an import itself.
 */
export default async function setup(project: TestProject) {
  const dumps = tempDir('hcc-pglite-dumps-');
  const [postgres] = await Promise.all([preparePostgres(), preparePglite(dumps.path)]);
  project.provide('postgresUrl', postgres.url);
  project.provide('pgliteDumps', dumps.path);
  return async () => {
    await postgres.stop();
    dumps.remove();
  };
}

async function preparePostgres() {
  const postgres = await startPostgres();
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE hcc_template');
  await admin.end();
  const template = createPgDb(postgres.url.replace(/\/hcc$/, '/hcc_template'));
  await prepareDatabase(template);
  await template.close();
  return postgres;
}

async function preparePglite(dir: string) {
  const pglite = await PGlite.create();
  const dump = async (name: string) =>
    writeFileSync(join(dir, name), Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await dump('empty.tar');
  await prepareDatabase(pgliteDb(pglite));
  await dump('prepared.tar');
  await pglite.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    pgliteDumps: string;
  }
}
