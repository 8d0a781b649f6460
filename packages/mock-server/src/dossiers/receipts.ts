import { addWorkingDays, isAgencyOpenOn, isWorkingDay } from '@hcc/sdk';
import type { Agency } from '@hcc/sdk';
import type { Catalogue, CatalogueEntry } from '../catalogue/catalogue.js';
import { createRandom, hashString, type Random } from '../runtime/random.js';

/** The first receipt day of generated dossiers, and the last day of the district tier. */
export const FIRST_RECEIPT_DAY = '2024-01-02';
const LAST_DISTRICT_DAY = '2025-06-30';

export interface ReceiptOptions {
  catalogue: Catalogue;
  seed: number;
  /** Vietnam civil date and minute of day of "now": nothing is received after it. */
  today: string;
  nowMinutes: number;
  /** Average dossiers per working day (default 8: about 5,700 over 2024–2026). */
  perDay?: number;
}

/** A dossier as it was received; its own random stream then plays it forward (`generateDossiers`). */
export interface Receipt {
  day: string;
  minutes: number;
  entry: CatalogueEntry;
  agency: Agency;
  random: Random;
}

/**
 * The dossiers received on the working days after `after` (default: all of them), up to now, in order.
 *
 * Each working day draws from its own random stream (from the seed and the date), and each dossier from its own, so
 * the receipts of a period are listed without the days before it and without playing any dossier forward: the
 * popularity of the last 12 months costs a few thousand draws, not the generation of every dossier.
 */
export function* receipts(options: ReceiptOptions, after?: string): Generator<Receipt> {
  const { catalogue, today } = options;
  const pick = createProcedurePicker(catalogue.entries);
  if (!pick) return;
  const perDay = options.perDay ?? 8;
  const openOn = openAgencies(catalogue.agencies, executingAgencies(catalogue.agencies));
  const first = after && after >= FIRST_RECEIPT_DAY ? addWorkingDays(after, 1) : FIRST_RECEIPT_DAY;
  for (let day = first; day <= today; day = addWorkingDays(day, 1)) {
    if (!isWorkingDay(day)) continue;
    const daily = createRandom(hashString(`${options.seed}|${day}`));
    const open = openOn(day);
    const count = daily.int(Math.ceil(perDay * 0.6), Math.floor(perDay * 1.4));
    for (let index = 0; index < count; index++) {
      const minutes = daily.int(7 * 60 + 30, 16 * 60 + 45);
      const entry = pick(daily);
      const random = createRandom(daily.int(0, 0xffffffff));
      if (day === today && minutes > options.nowMinutes) continue;
      const agency = receivingAgency(open, entry, day, random);
      if (agency) yield { day, minutes, entry, agency, random };
    }
  }
}

/** How many dossiers each procedure received on the days after `after`, up to now: {@link receipts}, counted. */
export function countReceipts(options: ReceiptOptions, after: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { entry } of receipts(options, after)) counts.set(entry.row.code, (counts.get(entry.row.code) ?? 0) + 1);
  return counts;
}

/** Procedures with an official record and commune-level ones (birth, residence, …) are filed far more often. */
function createProcedurePicker(entries: readonly CatalogueEntry[]) {
  if (!entries.length) return undefined;
  const weights = entries.map((entry) => (entry.sampleData ? 1 : 20) * (entry.row.level.includes('commune') ? 3 : 1));
  const cumulative: number[] = [];
  weights.reduce((sum, weight) => {
    cumulative.push(sum + weight);
    return sum + weight;
  }, 0);
  const total = cumulative[cumulative.length - 1] as number;
  return (random: Random) => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) > roll) high = middle;
      else low = middle + 1;
    }
    return entries[low] as CatalogueEntry;
  };
}

/** The agencies of a procedure's `agencyIds`, in catalogue order; listed once per procedure. */
function executingAgencies(agencies: readonly Agency[]) {
  const position = new Map(agencies.map((agency, index) => [agency.id, index]));
  const listed = new Map<CatalogueEntry, Agency[]>();
  return (entry: CatalogueEntry) => {
    let found = listed.get(entry);
    if (!found) {
      const indices = entry.row.agencyIds.flatMap((id) => position.get(id) ?? []);
      found = [...new Set(indices)].sort((a, b) => a - b).map((index) => agencies[index] as Agency);
      listed.set(entry, found);
    }
    return found;
  };
}

/** What a dossier received on a day can be sent to: the desks open that day, and a procedure's executing agency. */
interface OpenAgencies {
  district: Agency[];
  commune: Agency[];
  centre: Agency | undefined;
  executing(entry: CatalogueEntry): Agency | undefined;
}

/**
 * The agencies open on each day asked, listed again only when a day passes the opening or closing of one of them
 * (a few times over the years), not every day.
 */
function openAgencies(agencies: readonly Agency[], executing: (entry: CatalogueEntry) => Agency[]) {
  let period: { from: string; until: string; open: OpenAgencies } | undefined;
  return (day: string): OpenAgencies => {
    if (period && period.from <= day && day < period.until) return period.open;
    const open = agencies.filter((agency) => isAgencyOpenOn(agency, day));
    const isOpen = new Set(open);
    // The next day the list changes: an agency opens, or the day after one closes.
    const changes = agencies.flatMap((agency) => [
      ...(agency.validFrom > day ? [agency.validFrom] : []),
      ...(agency.validTo !== null && agency.validTo >= day ? [dayAfter(agency.validTo)] : []),
    ]);
    period = {
      from: day,
      until: changes.sort()[0] ?? '9999-12-31',
      open: {
        district: open.filter((agency) => agency.kind === 'district'),
        commune: open.filter((agency) => agency.kind === 'commune'),
        centre: open.find((agency) => agency.kind === 'centre'),
        executing: (entry) => executing(entry).find((agency) => isOpen.has(agency)),
      },
    };
    return period.open;
  };
}

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Commune-level dossiers went to a district one-stop desk before 1 July 2025 and to a commune since; province-level
 * ones to the executing department when it existed that day, otherwise to the centre.
 */
function receivingAgency(open: OpenAgencies, entry: CatalogueEntry, day: string, random: Random) {
  const levels = entry.row.level;
  const communeLevel = levels.includes('commune') && (!levels.includes('province') || random.chance(0.5));
  if (communeLevel) {
    const candidates = day <= LAST_DISTRICT_DAY ? open.district : open.commune;
    if (candidates.length) return random.pick(candidates);
  }
  return open.executing(entry) ?? open.centre;
}
