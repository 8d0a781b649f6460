import type { Db, Queryable } from '../db/db.js';

/**
 * Records a failed look-up (unknown code or wrong verifier) of a code by a client, unless the code already has
 * `max` failures in the window: then nothing is recorded and `false` says the code is locked. Failures of one code
 * are counted under an advisory lock, so parallel guesses on any number of instances get at most `max` answers.
 */
export function recordFailure(
  db: Db,
  failure: { code: string; client: string; now: number; windowMs: number; max: number },
): Promise<boolean> {
  const { code, client, now, windowMs, max } = failure;
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('lookup:' || $1))", [code]);
    // Keeps the table small: this code's failures that no longer count.
    await tx.query('DELETE FROM lookup_failures WHERE code = $1 AND failed_at <= $2', [code, now - windowMs]);
    const { rows } = await tx.query<{ failures: number }>(
      'SELECT count(*)::int AS failures FROM lookup_failures WHERE code = $1',
      [code],
    );
    if (Number(rows[0]?.failures ?? 0) >= max) return false;
    await tx.query('INSERT INTO lookup_failures (code, client, failed_at) VALUES ($1, $2, $3)', [code, client, now]);
    return true;
  });
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
