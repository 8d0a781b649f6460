import type { DossierRecord } from './record.js';
import { dateOf } from './record.js';

/** Dossiers count toward a procedure's popularity when received after this day (a year before `today`) up to today. */
export const popularitySince = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

/**
 * How many of `dossiers` each procedure received in the 12 months up to `today` (`YYYY-MM-DD`, Vietnam time): what
 * `GET /procedures` ranks by with `sort=popular`.
 */
export function procedurePopularity(dossiers: Iterable<DossierRecord>, today: string): Map<string, number> {
  const since = popularitySince(today);
  const counts = new Map<string, number>();
  for (const dossier of dossiers) {
    const day = dateOf(dossier.receivedAt);
    if (day > since && day <= today) counts.set(dossier.procedureCode, (counts.get(dossier.procedureCode) ?? 0) + 1);
  }
  return counts;
}

/** Adds two counts per procedure. */
export function addCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const sum = new Map(a);
  for (const [code, count] of b) sum.set(code, (sum.get(code) ?? 0) + count);
  return sum;
}
