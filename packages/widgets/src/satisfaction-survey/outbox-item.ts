import type { FeedbackInput, RatingInput } from '@hcc/sdk';

/** A lease on an item: who is sending it and until when, so tabs and instances do not send it at the same moment. */
export interface OutboxLease {
  owner: string;
  until: number;
}

interface OutboxItemBase {
  /** The `Idempotency-Key`, made once when the answer is first queued and sent unchanged on every attempt. */
  id: string;
  /** The same answer gives the same fingerprint: a second click finds the queued item instead of adding one. */
  fingerprint: string;
  /** The API the answer was meant for, so any widget on any page of the origin can deliver it. */
  apiBase: string;
  createdAt: number;
  /** Failed attempts so far. */
  attempts: number;
  /** Not sent again by the timer before this instant (an `online` event or a page load sends it sooner). */
  nextAttemptAt: number;
  lease?: OutboxLease;
}

/** A rating of a finished dossier waiting to be delivered. */
export interface RatingItem extends OutboxItemBase {
  kind: 'rating';
  dossierCode: string;
  /** Needed to send again later; the item is deleted as soon as the server has the rating. */
  verifier: string;
  rating: RatingInput;
}

/** Anonymous page feedback waiting to be delivered. */
export interface FeedbackItem extends OutboxItemBase {
  kind: 'feedback';
  feedback: FeedbackInput;
}

export type OutboxItem = RatingItem | FeedbackItem;

/** A rating a widget asks the outbox to deliver. */
export interface RatingEntry {
  kind: 'rating';
  apiBase: string;
  dossierCode: string;
  verifier: string;
  rating: RatingInput;
}

/** Page feedback a widget asks the outbox to deliver. */
export interface FeedbackEntry {
  kind: 'feedback';
  apiBase: string;
  feedback: FeedbackInput;
}

/** What a widget asks the outbox to deliver. */
export type OutboxEntry = RatingEntry | FeedbackEntry;

/** The identity of an answer: equal for the same answer to the same place, whatever the key order. */
export function fingerprintOf(entry: OutboxEntry): string {
  const target =
    entry.kind === 'rating'
      ? [entry.kind, entry.apiBase, entry.dossierCode.trim().toUpperCase()]
      : [entry.kind, entry.apiBase];
  return stableStringify([...target, entry.kind === 'rating' ? entry.rating : entry.feedback]);
}

function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
