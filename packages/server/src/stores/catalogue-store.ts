import type { Agency, Procedure, ProcedureSummary } from '@hcc/sdk';
import type { Db, Queryable } from '../db/db.js';
import { contentHash } from './content-hash.js';

/** A procedure as stored: the list form, the whole procedure, and the agencies that execute it. */
export interface StoredProcedure {
  summary: ProcedureSummary;
  /** The whole procedure, as `GET /procedures/{code}` answers it. */
  detail: Procedure;
  /** Province-level agencies (ids of `GET /agencies`) that execute it; commune-level ones are every commune's. */
  agencyIds: string[];
}

/** How an import went. */
export interface UpsertCounts {
  added: number;
  changed: number;
  unchanged: number;
}

/** The catalogue version: moved by every import that changes something, so every instance knows to reload. */
export async function catalogueVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ version: string }>('SELECT version FROM catalogue_version WHERE id = 1');
  return Number(rows[0]?.version ?? 0);
}

const bumpVersion = (tx: Queryable) => tx.query('UPDATE catalogue_version SET version = version + 1 WHERE id = 1');

/** Everything the catalogue endpoints serve, read at once. */
export async function loadCatalogue(
  db: Db,
): Promise<{ version: number; procedures: StoredProcedure[]; agencies: Agency[] }> {
  return db.transaction(async (tx) => {
    const version = await catalogueVersion(tx);
    const procedures = await tx.query<{ summary: ProcedureSummary; detail: Procedure; agency_ids: string[] }>(
      'SELECT summary, detail, agency_ids FROM procedures ORDER BY code',
    );
    const agencies = await tx.query<{ data: Agency }>('SELECT data FROM agencies ORDER BY id');
    return {
      version,
      procedures: procedures.rows.map((row) => ({
        summary: row.summary,
        detail: row.detail,
        agencyIds: row.agency_ids,
      })),
      agencies: agencies.rows.map((row) => row.data),
    };
  });
}

async function upsertRows(
  tx: Queryable,
  table: 'procedures' | 'agencies',
  items: ReadonlyArray<{ key: string; hash: string; values: unknown[] }>,
  insert: string,
): Promise<UpsertCounts> {
  const keyColumn = table === 'procedures' ? 'code' : 'id';
  const { rows } = await tx.query<{ key: string; content_hash: string }>(
    `SELECT ${keyColumn} AS key, content_hash FROM ${table}`,
  );
  const known = new Map(rows.map((row) => [row.key, row.content_hash]));
  const counts: UpsertCounts = { added: 0, changed: 0, unchanged: 0 };
  for (const item of items) {
    const previous = known.get(item.key);
    if (previous === item.hash) {
      counts.unchanged++;
      continue;
    }
    counts[previous === undefined ? 'added' : 'changed']++;
    await tx.query(insert, item.values);
  }
  if (counts.added || counts.changed) await bumpVersion(tx);
  return counts;
}

/** Adds new procedures and updates changed ones, by code; the caller's transaction makes the import all or nothing. */
export function upsertProcedures(tx: Queryable, procedures: readonly StoredProcedure[]): Promise<UpsertCounts> {
  return upsertRows(
    tx,
    'procedures',
    procedures.map((procedure) => {
      const hash = contentHash(procedure);
      return {
        key: procedure.summary.code,
        hash,
        values: [
          procedure.summary.code,
          JSON.stringify(procedure.summary),
          JSON.stringify(procedure.detail),
          procedure.agencyIds,
          hash,
        ],
      };
    }),
    `INSERT INTO procedures (code, summary, detail, agency_ids, content_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO UPDATE SET summary = $2, detail = $3, agency_ids = $4, content_hash = $5, updated_at = now()`,
  );
}

/** Adds new agencies and updates changed ones, by id. */
export function upsertAgencies(tx: Queryable, agencies: readonly Agency[]): Promise<UpsertCounts> {
  return upsertRows(
    tx,
    'agencies',
    agencies.map((agency) => {
      const hash = contentHash(agency);
      return { key: agency.id, hash, values: [agency.id, agency.identifier, JSON.stringify(agency), hash] };
    }),
    `INSERT INTO agencies (id, identifier, data, content_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET identifier = $2, data = $3, content_hash = $4`,
  );
}

/** Whether the catalogue has no procedure yet (a first start). */
export async function isCatalogueEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM procedures LIMIT 1');
  return rows.length === 0;
}
