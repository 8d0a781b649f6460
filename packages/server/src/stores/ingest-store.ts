import type { Queryable } from '../db/db.js';
import type { IngestedDossier, IngestedStep } from '../national/index.js';
import { contentHash } from './content-hash.js';

/** The contract's supplement request, from the one-stop system's NgayBoSung / NgayTiepNhanBoSung / NoiDungBoSung. */
const supplementsOf = (dossier: IngestedDossier) =>
  dossier.supplements.map((supplement) => ({
    requestedAt: supplement.requestedAt,
    reason: supplement.reason ?? '',
    resumedAt: supplement.suppliedAt,
  }));

/**
 * Adds or updates dossiers by code. A dossier sent again unchanged is not written again (its content hash is the
 * same), so a re-sent batch changes nothing. Returns how many rows were written.
 */
export async function upsertDossiers(tx: Queryable, dossiers: readonly IngestedDossier[]): Promise<number> {
  let written = 0;
  for (const dossier of dossiers) {
    const hash = contentHash(dossier);
    const result = await tx.query(
      `INSERT INTO dossiers (code, verifier_hash, procedure_code, procedure_name, agency_identifier, agency_name,
                             applicant_masked, status, channel, received_at, appointment_date, finished_at,
                             returned_at, supplements, content_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15)
       ON CONFLICT (code) DO UPDATE SET
         verifier_hash = EXCLUDED.verifier_hash, procedure_code = EXCLUDED.procedure_code,
         procedure_name = EXCLUDED.procedure_name, agency_identifier = EXCLUDED.agency_identifier,
         agency_name = EXCLUDED.agency_name, applicant_masked = EXCLUDED.applicant_masked, status = EXCLUDED.status,
         channel = EXCLUDED.channel, received_at = EXCLUDED.received_at, appointment_date = EXCLUDED.appointment_date,
         finished_at = EXCLUDED.finished_at, returned_at = EXCLUDED.returned_at, supplements = EXCLUDED.supplements,
         content_hash = EXCLUDED.content_hash, updated_at = now()
       WHERE dossiers.content_hash <> EXCLUDED.content_hash`,
      [
        dossier.code,
        dossier.verifierHash,
        dossier.procedureCode,
        dossier.procedureName,
        dossier.agencyIdentifier,
        dossier.agencyName,
        dossier.applicantMasked,
        dossier.status,
        dossier.channel,
        dossier.receivedAt,
        dossier.appointmentDate,
        dossier.finishedAt,
        dossier.returnedAt,
        JSON.stringify(supplementsOf(dossier)),
        hash,
      ],
    );
    written += result.rowCount;
  }
  return written;
}

/** Which of these dossier codes exist. */
export async function existingDossiers(db: Queryable, codes: readonly string[]): Promise<Set<string>> {
  if (!codes.length) return new Set();
  const { rows } = await db.query<{ code: string }>('SELECT code FROM dossiers WHERE code = ANY($1::text[])', [
    [...new Set(codes)],
  ]);
  return new Set(rows.map((row) => row.code));
}

/** Adds steps to dossiers' timelines; a step sent again (same dedupe key) replaces itself. */
export async function upsertSteps(tx: Queryable, steps: readonly IngestedStep[]): Promise<void> {
  for (const step of steps) {
    await tx.query(
      `INSERT INTO dossier_steps (dossier_code, step_key, name, unit, handler, started_at, finished_at, due_at, status_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dossier_code, step_key) DO UPDATE SET
         name = EXCLUDED.name, unit = EXCLUDED.unit, handler = EXCLUDED.handler, started_at = EXCLUDED.started_at,
         finished_at = EXCLUDED.finished_at, due_at = EXCLUDED.due_at, status_code = EXCLUDED.status_code`,
      [
        step.dossierCode,
        step.key,
        step.name,
        step.unit,
        step.handler,
        step.startedAt,
        step.finishedAt,
        step.dueAt,
        step.statusCode,
      ],
    );
  }
}
