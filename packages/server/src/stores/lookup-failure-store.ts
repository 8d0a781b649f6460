import type { Queryable } from '../db/db.js';

/** Records a failed look-up (unknown code or wrong verifier) of a code by a client. */
export async function recordFailure(db: Queryable, code: string, client: string, now: number, windowMs: number) {
  await db.query('INSERT INTO lookup_failures (code, client, failed_at) VALUES ($1, $2, $3)', [code, client, now]);
  // Keeps the table small: this code's failures that no longer count.
  await db.query('DELETE FROM lookup_failures WHERE code = $1 AND failed_at <= $2', [code, now - windowMs]);
}

/** A successful look-up clears the code's failures (not the client's). */
export async function clearCodeFailures(db: Queryable, code: string) {
  await db.query('DELETE FROM lookup_failures WHERE code = $1', [code]);
}

/** When the `limit`-th most recent failure since `since` happened, by code or by client (for `Retry-After`). */
export async function limitingFailure(
  db: Queryable,
  by: 'code' | 'client',
  subject: string,
  since: number,
  limit: number,
): Promise<number | undefined> {
  const { rows } = await db.query<{ failed_at: string }>(
    `SELECT failed_at FROM lookup_failures WHERE ${by} = $1 AND failed_at > $2 ORDER BY failed_at DESC OFFSET $3 LIMIT 1`,
    [subject, since, limit - 1],
  );
  return rows[0] ? Number(rows[0].failed_at) : undefined;
}

/** Forgets every failure older than the window (run now and then by each instance). */
export async function purgeFailures(db: Queryable, before: number) {
  await db.query('DELETE FROM lookup_failures WHERE failed_at <= $1', [before]);
}
