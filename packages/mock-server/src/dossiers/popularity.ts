import type { DossierRecord } from './record.js';
import { dateOf } from './record.js';

const counted = new WeakMap<ReadonlyMap<string, DossierRecord>, { today: string; counts: Map<string, number> }>();

/**
 * How many dossiers each procedure received in the 12 months up to `today` (`YYYY-MM-DD`, Vietnam time): what
 * `GET /procedures` ranks by with `sort=popular`. Counted once per set of dossiers and day.
 */
export function procedurePopularity(
  dossiers: ReadonlyMap<string, DossierRecord>,
  today: string,
): ReadonlyMap<string, number> {
  const known = counted.get(dossiers);
  if (known?.today === today) return known.counts;
  const yearBefore = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const counts = new Map<string, number>();
  for (const dossier of dossiers.values()) {
    const day = dateOf(dossier.receivedAt);
    if (day > yearBefore && day <= today)
      counts.set(dossier.procedureCode, (counts.get(dossier.procedureCode) ?? 0) + 1);
  }
  counted.set(dossiers, { today, counts });
  return counts;
}
