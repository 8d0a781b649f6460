import { type Rating, type RatingInput, ratingFingerprint } from '@hcc/sdk';
import type { Queryable } from '../db/db.js';

export type RatingOutcome = { kind: 'created' | 'replayed'; rating: Rating } | { kind: 'already-rated' | 'key-reused' };

interface RatingRow {
  id: string;
  dossier_code: string;
  overall: Rating['overall'];
  answers: Rating['answers'];
  comment: string | null;
  channel: Rating['channel'];
  created_at: string;
  idempotency_key: string | null;
  fingerprint: string;
}

const toRating = (row: RatingRow): Rating => ({
  id: `rating-${row.id}`,
  dossierCode: row.dossier_code,
  overall: row.overall,
  answers: row.answers,
  ...(row.comment === null ? {} : { comment: row.comment }),
  channel: row.channel,
  createdAt: row.created_at,
});

/**
 * One rating per dossier, across every instance: the primary key decides. A retry with the same key and body gets
 * the first rating again; the same key with another body is `key-reused`; another key is `already-rated`.
 * The insert commits before the caller answers.
 */
export async function submitRating(
  db: Queryable,
  dossierCode: string,
  input: RatingInput,
  idempotencyKey: string,
  createdAt: string,
): Promise<RatingOutcome> {
  const fingerprint = ratingFingerprint(input);
  const inserted = await db.query<RatingRow>(
    `INSERT INTO ratings (dossier_code, overall, answers, comment, channel, created_at, idempotency_key, fingerprint)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8)
     ON CONFLICT (dossier_code) DO NOTHING
     RETURNING *`,
    [
      dossierCode,
      input.overall,
      JSON.stringify(input.answers ?? {}),
      input.comment ?? null,
      input.channel ?? 'web',
      createdAt,
      idempotencyKey,
      fingerprint,
    ],
  );
  if (inserted.rows[0]) return { kind: 'created', rating: toRating(inserted.rows[0]) };
  const { rows } = await db.query<RatingRow>('SELECT * FROM ratings WHERE dossier_code = $1', [dossierCode]);
  const existing = rows[0] as RatingRow;
  if (existing.idempotency_key !== idempotencyKey) return { kind: 'already-rated' };
  return existing.fingerprint === fingerprint
    ? { kind: 'replayed', rating: toRating(existing) }
    : { kind: 'key-reused' };
}

/** Ratings of dossiers received by each agency, for the monthly export. */
export async function ratingsOfMonth(
  db: Queryable,
  month: string,
): Promise<Array<{ agencyIdentifier: string; overall: Rating['overall']; ratedAt: string }>> {
  const { rows } = await db.query<{ agency_identifier: string; overall: Rating['overall']; created_at: string }>(
    `SELECT d.agency_identifier, r.overall, r.created_at FROM ratings r JOIN dossiers d ON d.code = r.dossier_code
      WHERE substr(r.created_at, 1, 7) = $1 ORDER BY d.agency_identifier, r.created_at`,
    [month],
  );
  return rows.map((row) => ({
    agencyIdentifier: row.agency_identifier,
    overall: row.overall,
    ratedAt: row.created_at,
  }));
}
