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

/** Rows per statement: one round trip writes many rows, well under PostgreSQL's parameter and size limits. */
const CHUNK = 500;

async function upsertRows<T>(
  tx: Queryable,
  table: 'procedures' | 'agencies',
  items: ReadonlyArray<{ key: string; hash: string; row: T }>,
  insert: string,
): Promise<UpsertCounts> {
  const keyColumn = table === 'procedures' ? 'code' : 'id';
  const { rows } = await tx.query<{ key: string; content_hash: string }>(
    `SELECT ${keyColumn} AS key, content_hash FROM ${table}`,
  );
  const known = new Map(rows.map((row) => [row.key, row.content_hash]));
  const counts: UpsertCounts = { added: 0, changed: 0, unchanged: 0 };
  const changed: T[] = [];
  for (const item of new Map(items.map((entry) => [entry.key, entry])).values()) {
    const previous = known.get(item.key);
    if (previous === item.hash) counts.unchanged++;
    else {
      counts[previous === undefined ? 'added' : 'changed']++;
      changed.push(item.row);
    }
  }
  for (let start = 0; start < changed.length; start += CHUNK) {
    await tx.query(insert, [JSON.stringify(changed.slice(start, start + CHUNK))]);
  }
  if (changed.length) await bumpVersion(tx);
  return counts;
}

/** Adds new procedures and updates changed ones, by code; the caller's transaction makes the import all or nothing. */
export function upsertProcedures(tx: Queryable, procedures: readonly StoredProcedure[]): Promise<UpsertCounts> {
  return upsertRows(
    tx,
    'procedures',
    procedures.map((procedure) => {
      const hash = contentHash(procedure);
      const { summary, detail, agencyIds } = procedure;
      return { key: summary.code, hash, row: { code: summary.code, summary, detail, agency_ids: agencyIds, hash } };
    }),
    `INSERT INTO procedures (code, summary, detail, agency_ids, content_hash)
     SELECT code, summary, detail, ARRAY(SELECT jsonb_array_elements_text(agency_ids)), hash
       FROM jsonb_to_recordset($1::jsonb) AS x(code text, summary jsonb, detail jsonb, agency_ids jsonb, hash text)
     ON CONFLICT (code) DO UPDATE SET summary = EXCLUDED.summary, detail = EXCLUDED.detail,
       agency_ids = EXCLUDED.agency_ids, content_hash = EXCLUDED.content_hash, updated_at = now()`,
  );
}

/** Adds new agencies and updates changed ones, by id. */
export function upsertAgencies(tx: Queryable, agencies: readonly Agency[]): Promise<UpsertCounts> {
  return upsertRows(
    tx,
    'agencies',
    agencies.map((agency) => {
      const hash = contentHash(agency);
      return { key: agency.id, hash, row: { id: agency.id, identifier: agency.identifier, data: agency, hash } };
    }),
    `INSERT INTO agencies (id, identifier, data, content_hash)
     SELECT id, identifier, data, hash FROM jsonb_to_recordset($1::jsonb) AS x(id text, identifier text, data jsonb, hash text)
     ON CONFLICT (id) DO UPDATE SET identifier = EXCLUDED.identifier, data = EXCLUDED.data,
       content_hash = EXCLUDED.content_hash`,
  );
}

/** Whether the catalogue has no procedure yet (a first start). */
export async function isCatalogueEmpty(db: Queryable): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM procedures LIMIT 1');
  return rows.length === 0;
}
