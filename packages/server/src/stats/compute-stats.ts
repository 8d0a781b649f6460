import {
  type DossierStatus,
  dossierStatus,
  dossierStatuses,
  evaluateTimeliness,
  isRatableStatus,
  type Rates,
  type Stats,
} from '@hcc/sdk';
import type { Catalogue } from '../catalogue/catalogue.js';
import type { StatsRow } from '../stores/stats-store.js';

interface Tally {
  received: number;
  finished: number;
  early: number;
  onTime: number;
  late: number;
  overdue: number;
  online: number;
  rated: number;
  satisfied: number;
}

const emptyTally = (): Tally => ({
  received: 0,
  finished: 0,
  early: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  online: 0,
  rated: 0,
  satisfied: 0,
});

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

/** On time = finished early or on time, of finished dossiers judged; satisfaction = (very) satisfied, of ratings. */
const ratesOf = (tally: Tally): Rates => ({
  onTime: percent(tally.early + tally.onTime, tally.early + tally.onTime + tally.late),
  online: percent(tally.online, tally.received),
  satisfaction: percent(tally.satisfied, tally.rated),
});

function tallyIn(map: Map<string, Tally>, key: string): Tally {
  const tally = map.get(key) ?? emptyTally();
  map.set(key, tally);
  return tally;
}

/**
 * `/stats` over the dossiers received between `from` and `to`, optionally at one agency and the units under it:
 * timeliness by the SDK's rules and ratings as stored, so the figures agree with what the tracker shows (the same
 * rules as the mock's figures).
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
  const totals = emptyTally();
  const byStatus = new Map<number, number>();
  const byAgency = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>();
  const ratings = { 'very-satisfied': 0, satisfied: 0, dissatisfied: 0 };
  for (const row of rows) {
    const agencyId = agencyIdOf(row.agency_identifier);
    if (agencyIds && !agencyIds.has(agencyId)) continue;
    const state = evaluateTimeliness({
      receivedAt: row.received_at,
      appointmentDate: row.appointment_date,
      finishedAt: row.finished_at,
      supplements: row.supplements,
      now,
    }).state;
    if (row.overall) ratings[row.overall]++;
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    for (const tally of [totals, tallyIn(byAgency, agencyId), tallyIn(byMonth, row.received_at.slice(0, 7))]) {
      tally.received++;
      if (row.channel === 'online') tally.online++;
      if (isRatableStatus(row.status)) tally.finished++;
      if (row.finished_at && state === 'early') tally.early++;
      if (row.finished_at && state === 'on-time') tally.onTime++;
      if (row.finished_at && state === 'late') tally.late++;
      if (!row.finished_at && state === 'overdue') tally.overdue++;
      if (row.overall) tally.rated++;
      if (row.overall && row.overall !== 'dissatisfied') tally.satisfied++;
    }
  }
  const { satisfied: _satisfied, ...counts } = totals;
  return {
    from: query.from,
    to: query.to,
    agency: query.agency ?? null,
    totals: counts,
    rates: ratesOf(totals),
    byStatus: dossierStatuses.map((status) => ({
      status: dossierStatus(status.code) as DossierStatus,
      count: byStatus.get(status.code) ?? 0,
    })),
    byAgency: [...byAgency]
      .map(([agencyId, tally]) => ({
        agencyId,
        name: catalogue.agency(agencyId)?.name ?? agencyId,
        received: tally.received,
        finished: tally.finished,
        rates: ratesOf(tally),
      }))
      .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name, 'vi')),
    byMonth: [...byMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, tally]) => ({ month, received: tally.received, finished: tally.finished, rates: ratesOf(tally) })),
    ratings,
  };
}
