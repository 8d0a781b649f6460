import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ImportReport, importAgencies, importCatalogue } from '../catalogue/catalogue-import.js';
import type { Db } from '../db/db.js';
import { migrate } from '../db/migrate.js';
import { createToken, summariseRatings } from '../national/index.js';
import { ratingsOfMonth } from '../stores/rating-store.js';
import { insertToken, listTokens, revokeToken } from '../stores/token-store.js';
import { UsageError } from './usage.js';

/** Where a command writes: stdout for results, stderr for reports. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function migrateCommand(db: Db, io: Output) {
  const applied = await migrate(db);
  io.out(applied.length ? `applied migrations ${applied.join(', ')}` : 'database is up to date');
}

function readInput(file: string | undefined, command: string): string {
  if (!file) throw new UsageError(`${command} needs a FILE`, 'import');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'import',
    );
  }
}

/** `import catalogue FILE` / `import agencies FILE`; exits non-zero when the file gave nothing. */
export async function importCommand(db: Db, args: string[], io: Output): Promise<number> {
  const [what, file, ...rest] = args;
  if (rest.length) throw new UsageError(`unexpected argument ${rest[0]}`, 'import');
  if (what !== 'catalogue' && what !== 'agencies') throw new UsageError('import what? catalogue or agencies', 'import');
  const text = readInput(file, `import ${what}`);
  await migrate(db);
  const report: ImportReport =
    what === 'catalogue' ? await importCatalogue(db, text, file) : await importAgencies(db, text);
  for (const { line, reason } of report.rejected) io.err(`rejected line ${line}: ${reason}`);
  const kind = what === 'catalogue' ? 'procedures' : 'agencies';
  io.out(
    `${kind}: ${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged, ${report.rejected.length} rejected`,
  );
  return report.added + report.changed + report.unchanged === 0 ? 1 : 0;
}

/** `token create|list|revoke`. */
export async function tokenCommand(db: Db, args: string[], io: Output): Promise<number> {
  const [action, ...rest] = args;
  await migrate(db);
  if (action === 'create') {
    const { values, positionals } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: { name: { type: 'string' }, agency: { type: 'string', multiple: true } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`, 'token');
    if (!values.name || !/^[\w.-]{1,64}$/.test(values.name)) {
      throw new UsageError('--name is required: letters, digits, "_", "." or "-", at most 64', 'token');
    }
    const { token, hash } = createToken();
    if (!(await insertToken(db, values.name, hash, values.agency ?? []))) {
      throw new UsageError(`a token named ${values.name} exists already`, 'token');
    }
    io.err(
      `created token ${values.name}${values.agency?.length ? ` for ${values.agency.join(', ')}` : ' for every agency'}`,
    );
    io.err("it is shown only now: keep it in the one-stop system's settings");
    io.out(token);
    return 0;
  }
  if (action === 'list' && !rest.length) {
    for (const info of await listTokens(db)) {
      const scope = info.agencies.length ? info.agencies.join(',') : '*';
      io.out(`${info.name}\t${scope}\tcreated ${info.createdAt}${info.revokedAt ? `\trevoked ${info.revokedAt}` : ''}`);
    }
    return 0;
  }
  if (action === 'revoke' && rest.length === 1) {
    if (!(await revokeToken(db, rest[0] as string))) throw new UsageError(`no live token named ${rest[0]}`, 'token');
    io.out(`revoked ${rest[0]}`);
    return 0;
  }
  throw new UsageError('token create, list or revoke NAME', 'token');
}

/** `export ratings --month YYYY-MM`. */
export async function exportCommand(db: Db, args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { month: { type: 'string' } },
  });
  if (positionals.length !== 1 || positionals[0] !== 'ratings') throw new UsageError('export what? ratings', 'export');
  const month = values.month ?? '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError('--month YYYY-MM is required', 'export');
  await migrate(db);
  io.out(JSON.stringify(summariseRatings(await ratingsOfMonth(db, month), month), null, 2));
  return 0;
}
