import type { Rates, Stats } from '@hcc/sdk';
import type { MockDatabase } from './db.js';
import type { DossierRecord } from './dossiers/record.js';
import { isFinished, STATUS_CODES, statusOf } from './dossiers/statuses.js';
import { timelinessOf } from './dossiers/timing.js';

export interface StatsQuery {
  agency?: string;
  from?: string;
  to?: string;
}

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
function ratesOf(tally: Tally): Rates {
  return {
    onTime: percent(tally.early + tally.onTime, tally.early + tally.onTime + tally.late),
    online: percent(tally.online, tally.received),
    satisfaction: percent(tally.satisfied, tally.rated),
  };
}

/**
 * `/stats` figures over the dossiers received between `from` and `to` (inclusive), optionally at one agency (and
 * the units under it); timeliness by the SDK's rules, ratings as stored — so they agree with what the tracker shows.
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
  const totals = emptyTally();
  const byStatus = new Map<number, number>();
  const byAgency = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>();
  const ratings = { 'very-satisfied': 0, satisfied: 0, dissatisfied: 0 };
  for (const record of records) {
    const day = record.receivedAt.slice(0, 10);
    if (day < from || day > to || (agencyIds && !agencyIds.has(record.agencyId))) continue;
    const tallies = [totals, tallyIn(byAgency, record.agencyId), tallyIn(byMonth, day.slice(0, 7))];
    const state = timelinessOf(record, now).state;
    const rating = db.ratings.get(record.code);
    if (rating) ratings[rating.overall]++;
    byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
    for (const tally of tallies) {
      tally.received++;
      if (record.channel === 'online') tally.online++;
      if (isFinished(record.status)) tally.finished++;
      if (record.finishedAt && state === 'early') tally.early++;
      if (record.finishedAt && state === 'on-time') tally.onTime++;
      if (record.finishedAt && state === 'late') tally.late++;
      if (!record.finishedAt && state === 'overdue') tally.overdue++;
      if (rating) tally.rated++;
      if (rating && rating.overall !== 'dissatisfied') tally.satisfied++;
    }
  }
  const { satisfied: _satisfied, ...counts } = totals;
  return {
    from,
    to,
    agency: query.agency ?? null,
    totals: counts,
    rates: ratesOf(totals),
    byStatus: STATUS_CODES.map((code) => ({ status: statusOf(code), count: byStatus.get(code) ?? 0 })),
    byAgency: [...byAgency]
      .map(([agencyId, tally]) => ({
        agencyId,
        name: db.catalogue.agency(agencyId)?.name ?? agencyId,
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

function tallyIn(map: Map<string, Tally>, key: string): Tally {
  const tally = map.get(key) ?? emptyTally();
  map.set(key, tally);
  return tally;
}
