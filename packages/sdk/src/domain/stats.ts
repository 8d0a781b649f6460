import type { DossierStatus, OverallRating, Rates, Stats } from '../client/types.js';
import { dossierStatus, dossierStatuses, isRatableStatus } from './dossier-status.js';
import type { TimelinessState } from './on-time.js';

/** What `/stats` counts of one dossier; the API's store decides which dossiers are in the period and agency. */
export interface CountedDossier {
  /** The id of the agency the figures file it under. */
  agencyId: string;
  /** When it was received; its month (`YYYY-MM`) groups the monthly figures. */
  receivedAt: string;
  /** The national status, 1 to 10. */
  status: number;
  channel: string;
  /** Whether processing has finished (it has a finished date). */
  finished: boolean;
  /** Its timeliness by the SDK's rules ({@link evaluateTimeliness}). */
  timeliness: TimelinessState;
  rating: OverallRating | null | undefined;
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

function count(tally: Tally, dossier: CountedDossier): void {
  const { finished, timeliness, rating } = dossier;
  tally.received++;
  if (dossier.channel === 'online') tally.online++;
  if (isRatableStatus(dossier.status)) tally.finished++;
  if (finished && timeliness === 'early') tally.early++;
  if (finished && timeliness === 'on-time') tally.onTime++;
  if (finished && timeliness === 'late') tally.late++;
  if (!finished && timeliness === 'overdue') tally.overdue++;
  if (rating) tally.rated++;
  if (rating && rating !== 'dissatisfied') tally.satisfied++;
}

/**
 * The `/stats` answer for the given dossiers: totals and rates (on time, online, satisfaction), counts per status,
 * per agency and per month, and ratings per level. The one rule behind the mock's and the server's figures.
 */
export function summariseDossiers(
  dossiers: Iterable<CountedDossier>,
  period: { from: string; to: string; agency: string | null },
  agencyName: (agencyId: string) => string,
): Stats {
  const totals = emptyTally();
  const byStatus = new Map<number, number>();
  const byAgency = new Map<string, Tally>();
  const byMonth = new Map<string, Tally>();
  const ratings = { 'very-satisfied': 0, satisfied: 0, dissatisfied: 0 };
  for (const dossier of dossiers) {
    if (dossier.rating) ratings[dossier.rating]++;
    byStatus.set(dossier.status, (byStatus.get(dossier.status) ?? 0) + 1);
    for (const tally of [
      totals,
      tallyIn(byAgency, dossier.agencyId),
      tallyIn(byMonth, dossier.receivedAt.slice(0, 7)),
    ]) {
      count(tally, dossier);
    }
  }
  const { satisfied: _satisfied, ...counts } = totals;
  return {
    ...period,
    totals: counts,
    rates: ratesOf(totals),
    byStatus: dossierStatuses.map((status) => ({
      status: dossierStatus(status.code) as DossierStatus,
      count: byStatus.get(status.code) ?? 0,
    })),
    byAgency: [...byAgency]
      .map(([agencyId, tally]) => ({
        agencyId,
        name: agencyName(agencyId),
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
