import { type CountedDossier, type Stats, summariseDossiers } from '@hcc/sdk';
import type { MockDatabase } from './db.js';
import type { DossierRecord } from './dossiers/record.js';
import { timelinessOf } from './dossiers/timing.js';

export interface StatsQuery {
  agency?: string;
  from?: string;
  to?: string;
}

/**
 * `/stats` figures over the dossiers received between `from` and `to` (inclusive), optionally at one agency (and
 * the units under it); timeliness by the SDK's rules, ratings as stored, counted by the SDK's `summariseDossiers` (the
 * same rule as the server's) — so they agree with what the tracker shows.
 */
export function computeStats(
  db: MockDatabase,
  records: Iterable<DossierRecord>,
  query: StatsQuery,
  today: string,
): Stats {
  const from = query.from ?? db.firstDay;
  const to = query.to ?? today;
  const agencyIds = query.agency
    ? new Set([
        query.agency,
        ...db.catalogue.agencies.filter((agency) => agency.parentId === query.agency).map((agency) => agency.id),
      ])
    : undefined;
  const now = db.now();
  const dossiers: CountedDossier[] = [];
  for (const record of records) {
    const day = record.receivedAt.slice(0, 10);
    if (day < from || day > to || (agencyIds && !agencyIds.has(record.agencyId))) continue;
    dossiers.push({
      agencyId: record.agencyId,
      receivedAt: record.receivedAt,
      status: record.status,
      channel: record.channel,
      finished: Boolean(record.finishedAt),
      timeliness: timelinessOf(record, now).state,
      rating: db.ratings.get(record.code)?.overall,
    });
  }
  return summariseDossiers(
    dossiers,
    { from, to, agency: query.agency ?? null },
    (agencyId) => db.catalogue.agency(agencyId)?.name ?? agencyId,
  );
}
