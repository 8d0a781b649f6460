import { exportCommand, importCommand, migrateCommand, type Output, tokenCommand } from './cli/commands.js';
import { serveOptions } from './cli/serve-options.js';
import { USAGE, UsageError } from './cli/usage.js';
import type { Db } from './db/db.js';
import { dbSettingsFromEnv, describeDb, openDb } from './db/open-db.js';
import { logSerializers } from './http/app.js';
import { startServer } from './server.js';

const io: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

async function withDb(run: (db: Db) => Promise<number | undefined>): Promise<number> {
  const db = await openDb(dbSettingsFromEnv());
  try {
    return (await run(db)) ?? 0;
  } finally {
    await db.close();
  }
}

async function serve(args: string[]): Promise<number> {
  const options = serveOptions(args, process.env);
  // Listening for SIGINT/SIGTERM before anything is printed: a supervisor may stop the server as soon as it is up.
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const server = await startServer({
    ...options,
    ...dbSettingsFromEnv(),
    // Logs go to stderr as JSON lines; stdout carries only what the command prints.
    logger: {
      level: options.logLevel,
      stream: process.stderr,
      serializers: logSerializers,
      redact: ['req.headers["x-verifier"]', 'req.headers.authorization'],
    },
  });
  console.log(`hcc server listening at ${server.url}`);
  server.app.log.info({ database: describeDb(dbSettingsFromEnv()) }, 'started');
  await stopped;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  // In-flight requests finish; new connections are refused meanwhile.
  await server.close();
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  const command = !first || first.startsWith('-') ? 'serve' : first;
  const args = command === first ? rest : argv;
  if (args.includes('--help') || args.includes('-h') || command === 'help') {
    console.log(USAGE[command] ?? USAGE.main);
    return 0;
  }
  switch (command) {
    case 'serve':
      return serve(args);
    case 'migrate':
      if (args.length) throw new UsageError(`unexpected argument ${args[0]}`, 'migrate');
      return withDb(async (db) => {
        await migrateCommand(db, io);
        return 0;
      });
    case 'import':
      return withDb((db) => importCommand(db, args, io));
    case 'token':
      return withDb((db) => tokenCommand(db, args, io));
    case 'export':
      return withDb((db) => exportCommand(db, args, io));
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const command = error instanceof UsageError ? error.command : 'main';
      console.error(`hcc-server: ${(error as Error).message}\n\n${USAGE[command] ?? USAGE.main}`);
      process.exitCode = 2;
      return;
    }
    console.error(`hcc-server: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
