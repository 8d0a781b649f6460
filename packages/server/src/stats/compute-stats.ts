import { evaluateTimeliness, type Stats, summariseDossiers } from '@hcc/sdk';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { StatsRow } from '../stores/stats-store.js';

/**
 * `/stats` over the dossiers received between `from` and `to`, optionally at one agency and the units under it:
 * timeliness by the SDK's rules and ratings as stored, counted by the SDK's `summariseDossiers` — the same rule as
 * the mock's figures, so both agree with what the tracker shows.
 */
export function computeStats(
  rows: readonly StatsRow[],
  catalogue: Catalogue,
  query: { from: string; to: string; agency?: string },
  now: Date,
): Stats {
  const agencyIdOf = (identifier: string) => catalogue.agencyByIdentifier(identifier)?.id ?? identifier;
  const agencyIds = query.agency
    ? new Set([
        query.agency,
        ...catalogue.agencies.filter((agency) => agency.parentId === query.agency).map((agency) => agency.id),
      ])
    : undefined;
  const dossiers = rows.flatMap((row) => {
    const agencyId = agencyIdOf(row.agency_identifier);
    if (agencyIds && !agencyIds.has(agencyId)) return [];
    const { state } = evaluateTimeliness({
      receivedAt: row.received_at,
      appointmentDate: row.appointment_date,
      finishedAt: row.finished_at,
      supplements: row.supplements,
      now,
    });
    return [
      {
        agencyId,
        receivedAt: row.received_at,
        status: row.status,
        channel: row.channel,
        finished: Boolean(row.finished_at),
        timeliness: state,
        rating: row.overall,
      },
    ];
  });
  return summariseDossiers(
    dossiers,
    { from: query.from, to: query.to, agency: query.agency ?? null },
    (agencyId) => catalogue.agency(agencyId)?.name ?? agencyId,
  );
}
