#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseNationalCatalogue } from '@hcc/sdk/catalogue';
import { attachStoreFile } from './cli/store-file.js';
import { createHttpServer } from './cli/http-adapter.js';
import { type CliOptions, parseCliOptions, USAGE, UsageError } from './cli/options.js';
import { createMockDatabase } from './db.js';
import { fixtureDossiers } from './dossiers/fixture-list.js';
import { createHandlers } from './handlers/index.js';

function fail(message: string, status: number): never {
  console.error(`hcc-mock-server: ${message}`);
  process.exit(status);
}

function readCatalogue(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read the catalogue ${path}: ${(error as Error).message}`, 1);
  }
  try {
    return parseNationalCatalogue(text, path);
  } catch (error) {
    return fail((error as Error).message, 1);
  }
}

function serve(options: CliOptions): void {
  const db = createMockDatabase({
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.catalog ? { procedures: readCatalogue(options.catalog) } : {}),
    scenario: {
      scenario: options.scenario,
      latencyMs: options.latencyMs,
      errorRate: options.errorRate,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    },
  });
  if (options.store) {
    try {
      attachStoreFile(db, options.store);
    } catch (error) {
      fail((error as Error).message, 1);
    }
  }
  const server = createHttpServer(createHandlers(db));
  server.on('error', (error: NodeJS.ErrnoException) =>
    fail(`cannot listen on ${options.host}:${options.port}: ${error.message}`, 1),
  );
  server.listen(options.port, options.host, () => {
    const { port } = server.address() as AddressInfo;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    console.log(`hcc mock API listening at http://${host}:${port}/api/v1`);
    // Generate the dossiers now rather than on the first look-up.
    setImmediate(() => db.dossiers.size);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function main(args: string[]): void {
  let options: CliOptions;
  try {
    options = parseCliOptions(args);
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n\n${USAGE}`, 2);
    throw error;
  }
  if (options.command === 'help') console.log(USAGE);
  else if (options.command === 'fixtures') console.log(JSON.stringify(fixtureDossiers(), null, 2));
  else serve(options);
}

main(process.argv.slice(2));
