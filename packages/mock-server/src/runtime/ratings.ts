import { type FeedbackInput, type FeedbackReceipt, type Rating, type RatingInput, ratingFingerprint } from '@hcc/sdk';
import type { DossierRecord } from '../dossiers/record.js';

/** A rating submitted through the API, with what makes a retry recognisable. */
export interface StoredRating {
  rating: Rating;
  idempotencyKey: string | null;
  /** The request body as canonical JSON: a replayed key must carry the same answer. */
  fingerprint: string;
}

/** Anonymous page feedback as stored. */
export type StoredFeedback = FeedbackInput & FeedbackReceipt;

/**
 * What `--store FILE` persists: only what arrived through the API, never the seeded ratings, and each rated dossier
 * as it stood, because the generated dossiers follow the day the mock starts on.
 */
export interface StoreSnapshot {
  ratings: StoredRating[];
  feedback: StoredFeedback[];
  /** The rated dossiers (absent in stores written before they were kept). */
  dossiers?: DossierRecord[];
}

export type SubmitOutcome = { kind: 'created' | 'replayed'; rating: Rating } | { kind: 'already-rated' | 'key-reused' };

/** Ratings, one per dossier: seeded ones plus those submitted through the API, idempotent by key. */
export class RatingBook {
  private readonly byDossier = new Map<string, StoredRating>();
  private submitted: StoredRating[] = [];
  private listener: (() => void) | undefined;

  constructor(private readonly seeded: readonly Rating[]) {
    this.reset();
  }

  /** How many ratings are stored (seeded and submitted). */
  count(): number {
    return this.byDossier.size;
  }

  get(dossierCode: string): Rating | undefined {
    return this.byDossier.get(dossierCode)?.rating;
  }

  all(): Rating[] {
    return [...this.byDossier.values()].map((stored) => stored.rating);
  }

  /** Records a rating unless the dossier is rated already; the same key with the same answer replays the first. */
  submit(dossierCode: string, input: RatingInput, idempotencyKey: string, createdAt: string): SubmitOutcome {
    const fingerprint = ratingFingerprint(input);
    const existing = this.byDossier.get(dossierCode);
    if (existing) {
      if (existing.idempotencyKey !== idempotencyKey) return { kind: 'already-rated' };
      return existing.fingerprint === fingerprint
        ? { kind: 'replayed', rating: existing.rating }
        : { kind: 'key-reused' };
    }
    const rating: Rating = {
      id: `rating-${this.submitted.length + 1}`,
      dossierCode,
      overall: input.overall,
      answers: input.answers ?? {},
      ...(input.comment === undefined ? {} : { comment: input.comment }),
      channel: input.channel ?? 'web',
      createdAt,
    };
    this.store({ rating, idempotencyKey, fingerprint });
    return { kind: 'created', rating };
  }

  /** Adds ratings persisted by an earlier run (`--store`); one received through the API replaces a seeded one. */
  restore(ratings: readonly StoredRating[]): void {
    const received = new Set(this.submitted.map((stored) => stored.rating.dossierCode));
    for (const stored of ratings) {
      if (received.has(stored.rating.dossierCode)) continue;
      received.add(stored.rating.dossierCode);
      this.store(stored, false);
    }
  }

  snapshot(): StoredRating[] {
    return [...this.submitted];
  }

  /** Called after every submitted rating (the CLI persists the store then). */
  onChange(listener: () => void): void {
    this.listener = listener;
  }

  /** Back to the seeded ratings only. */
  reset(): void {
    this.byDossier.clear();
    this.submitted = [];
    for (const rating of this.seeded)
      this.byDossier.set(rating.dossierCode, { rating, idempotencyKey: null, fingerprint: '' });
  }

  private store(stored: StoredRating, notify = true): void {
    this.byDossier.set(stored.rating.dossierCode, stored);
    this.submitted.push(stored);
    if (notify) this.listener?.();
  }
}
