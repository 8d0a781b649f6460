import type { Queryable } from '../db/db.js';
import type { DossierRow, StepRow } from '../dossiers/dossier-row.js';

/** A dossier look-up: the dossier (if the code exists) with its steps and rating, and the failure counts. */
export interface LookupRead {
  dossier: DossierRow | null;
  steps: StepRow[];
  ratedAt: string | null;
  codeFailures: number;
  clientFailures: number;
}

/**
 * Everything a look-up needs in one round trip: the dossier, its timeline and rating, and how many look-ups of this
 * code and from this client failed since `since` (ms since the epoch).
 */
export async function readForLookup(db: Queryable, code: string, client: string, since: number): Promise<LookupRead> {
  const { rows } = await db.query<
    Partial<DossierRow> & { code_failures: number; client_failures: number; rated_at: string | null; steps: StepRow[] }
  >(
    `SELECT d.code, d.verifier_hash, d.procedure_code, d.procedure_name, d.agency_identifier, d.agency_name,
            d.applicant_masked, d.status, d.channel, d.received_at, d.appointment_date, d.finished_at, d.returned_at,
            d.supplements,
            (SELECT count(*) FROM lookup_failures f WHERE f.code = $1 AND f.failed_at > $3)::int AS code_failures,
            (SELECT count(*) FROM lookup_failures f WHERE f.client = $2 AND f.failed_at > $3)::int AS client_failures,
            (SELECT r.created_at FROM ratings r WHERE r.dossier_code = $1) AS rated_at,
            (SELECT coalesce(json_agg(json_build_object('step_key', s.step_key, 'name', s.name, 'unit', s.unit,
                      'started_at', s.started_at, 'finished_at', s.finished_at) ORDER BY s.started_at, s.step_key),
                    '[]'::json)
               FROM dossier_steps s WHERE s.dossier_code = $1) AS steps
       FROM (SELECT 1) AS one LEFT JOIN dossiers d ON d.code = $1`,
    [code, client, since],
    { name: 'hcc-lookup' },
  );
  const row = rows[0] as (typeof rows)[number];
  return {
    dossier: row.code ? ({ ...row, status: Number(row.status) } as DossierRow) : null,
    steps: row.steps,
    ratedAt: row.rated_at,
    codeFailures: Number(row.code_failures),
    clientFailures: Number(row.client_failures),
  };
}

/** How many dossiers of each procedure were received since `since` (RFC 3339 +07:00): the `popular` order. */
export async function receivedPerProcedure(db: Queryable, since: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ procedure_code: string; received: number }>(
    'SELECT procedure_code, count(*)::int AS received FROM dossiers WHERE received_at >= $1 GROUP BY procedure_code',
    [since],
  );
  return new Map(rows.map((row) => [row.procedure_code, Number(row.received)]));
}
