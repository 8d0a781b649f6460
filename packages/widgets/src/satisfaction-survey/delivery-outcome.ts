import type { Problem } from '@hcc/sdk';
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
