import type { Db } from '../db/db.js';
import { vietnamTimestamp } from '../dossiers/vietnam-time.js';
import { receivedPerProcedure } from '../stores/dossier-store.js';

/** How long the counts behind `sort=popular` are reused: they move slowly, and the query scans a year of dossiers. */
export const POPULARITY_TTL_MS = 60_000;

/** Dossiers received per procedure in the last 12 months, from the dossiers table, refreshed every minute. */
export class Popularity {
  private counts: Map<string, number> | undefined;
  private loadedAt = 0;
  private pending: Promise<Map<string, number>> | undefined;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  get(): Promise<Map<string, number>> {
    const now = this.now();
    if (this.counts && now.getTime() - this.loadedAt < POPULARITY_TTL_MS) return Promise.resolve(this.counts);
    const since = new Date(now);
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    this.pending ??= receivedPerProcedure(this.db, vietnamTimestamp(since))
      .then((counts) => {
        this.counts = counts;
        this.loadedAt = now.getTime();
        return counts;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  /** Forgets the counts (after an ingest on this instance). */
  invalidate(): void {
    this.counts = undefined;
  }
}
