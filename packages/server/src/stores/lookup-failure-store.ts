import type { Db, Queryable } from '../db/db.js';

/** What became of a failed look-up: counted, or refused because the code or the client is at its limit. */
export type FailureOutcome = 'recorded' | 'code-locked' | 'client-locked';

/**
 * Records a failed look-up (unknown code or wrong verifier) of a code by a client, unless the code already has
 * `maxForCode` failures in the window, or the client `maxForClient` across all codes: then nothing is recorded and
 * the outcome says which is locked. Both counts are taken under advisory locks (the client's first, then the
 * code's, always in that order), so parallel guesses on any number of instances get at most that many answers.
 */
export function recordFailure(
  db: Db,
  failure: { code: string; client: string; now: number; windowMs: number; maxForCode: number; maxForClient: number },
): Promise<FailureOutcome> {
  const { code, client, now, windowMs, maxForCode, maxForClient } = failure;
  const countBy = async (tx: Queryable, by: 'code' | 'client', subject: string) => {
    const { rows } = await tx.query<{ failures: number }>(
      `SELECT count(*)::int AS failures FROM lookup_failures WHERE ${by} = $1 AND failed_at > $2`,
      [subject, now - windowMs],
    );
    return Number(rows[0]?.failures ?? 0);
  };
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('lookup-client:' || $1))", [client]);
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('lookup:' || $1))", [code]);
    // Keeps the table small: this code's failures that no longer count.
    await tx.query('DELETE FROM lookup_failures WHERE code = $1 AND failed_at <= $2', [code, now - windowMs]);
    if ((await countBy(tx, 'code', code)) >= maxForCode) return 'code-locked';
    if ((await countBy(tx, 'client', client)) >= maxForClient) return 'client-locked';
    await tx.query('INSERT INTO lookup_failures (code, client, failed_at) VALUES ($1, $2, $3)', [code, client, now]);
    return 'recorded';
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
