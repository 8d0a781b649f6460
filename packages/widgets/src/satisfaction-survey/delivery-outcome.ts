import { type Problem, isHccError } from '@hcc/sdk';
import type { OutboxItem } from './outbox-item.js';

/**
 * What became of one delivery attempt.
 * - `delivered`: the server has the answer (201, or the replay of this key's answer).
 * - `already-rated`: the dossier was rated before, under another key (409); nothing more to send.
 * - `invalid`: the server refused the answer itself (400); `problem.errors` names the fields.
 * - `rejected`: another final refusal (404 wrong code or verifier, 409 not finished, …).
 * - `queued`: the network, a timeout or the server failed; the answer stays stored and is sent again at `retryAt`.
 * - `busy`: another tab or widget is sending this answer right now.
 */
export type DeliveryOutcome =
  | { status: 'delivered'; item: OutboxItem }
  | { status: 'already-rated' | 'invalid' | 'rejected'; item: OutboxItem; problem: Problem | undefined; error: unknown }
  | { status: 'queued'; item: OutboxItem; error: unknown; retryAt: number }
  | { status: 'busy'; item: OutboxItem };

/** How a failed attempt is handled: try again later, or stop with one of the final outcomes. */
export type FailureVerdict = 'retry' | 'already-rated' | 'invalid' | 'rejected';

/**
 * Sorts a failure. Anything that might succeed later is retried — including errors we do not recognise, because
 * losing an answer is worse than sending it again under the same idempotency key.
 */
export function judgeFailure(error: unknown): FailureVerdict {
  if (!isHccError(error) || error.kind !== 'http') return 'retry';
  const status = error.status ?? 0;
  if (status >= 500 || status === 429 || status === 408) return 'retry';
  if (status === 400) return 'invalid';
  if (status === 409 && isAlreadyRated(error.problem)) return 'already-rated';
  return 'rejected';
}

/** The seconds the server asked us to wait, when it did. */
export function retryAfterSecondsOf(error: unknown): number | undefined {
  return isHccError(error) ? error.retryAfterSeconds : undefined;
}

export function problemOf(error: unknown): Problem | undefined {
  return isHccError(error) ? error.problem : undefined;
}

function isAlreadyRated(problem: Problem | undefined): boolean {
  return /\/already-rated$/.test(problem?.type ?? '');
}
