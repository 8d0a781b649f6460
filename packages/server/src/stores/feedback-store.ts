import { canonicalJson, type FeedbackInput, type FeedbackReceipt } from '@hcc/sdk';
import type { Db } from '../db/db.js';
import { contentHash } from './content-hash.js';

export type FeedbackOutcome = { kind: 'created' | 'replayed'; receipt: FeedbackReceipt } | { kind: 'key-reused' };

/**
 * Stores anonymous feedback. With an `Idempotency-Key`, the answer is kept with the key in the same transaction: a
 * retry with the same body gets it again, the same key with another body is `key-reused`.
 */
export function submitFeedback(
  db: Db,
  input: FeedbackInput,
  idempotencyKey: string | undefined,
  receivedAt: string,
): Promise<FeedbackOutcome> {
  const requestHash = contentHash(canonicalJson(input));
  return db.transaction(async (tx) => {
    if (idempotencyKey) {
      // Serialises retries of one key across instances until this transaction ends.
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('feedback:' || $1))", [idempotencyKey]);
      const { rows } = await tx.query<{ request_hash: string; answer: FeedbackReceipt }>(
        "SELECT request_hash, answer FROM idempotency_keys WHERE scope = 'feedback' AND key = $1",
        [idempotencyKey],
      );
      const previous = rows[0];
      if (previous) {
        return previous.request_hash === requestHash
          ? { kind: 'replayed', receipt: previous.answer }
          : { kind: 'key-reused' };
      }
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO feedback (useful, reasons, comment, page_url, lang, received_at)
       VALUES ($1, $2::jsonb, $3, $4, $5, $6) RETURNING id`,
      [
        input.useful,
        JSON.stringify(input.reasons ?? []),
        input.comment ?? null,
        input.pageUrl,
        input.lang ?? null,
        receivedAt,
      ],
    );
    const receipt: FeedbackReceipt = { id: `feedback-${(rows[0] as { id: string }).id}`, receivedAt };
    if (idempotencyKey) {
      await tx.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, status, answer)
         VALUES ('feedback', $1, $2, 201, $3::jsonb)`,
        [idempotencyKey, requestHash, JSON.stringify(receipt)],
      );
    }
    return { kind: 'created', receipt };
  });
}
