import type { Rating } from '@hcc/sdk';
import { type Catalogue, createCatalogue } from './catalogue/catalogue.js';
import type { CatalogueRow } from '@hcc/sdk/catalogue';
import { buildFixtures, describeFixtures, type FixtureDossier, isPreRated } from './dossiers/fixtures.js';
import { generateDossiers } from './dossiers/generate.js';
import { addCounts, popularitySince, procedurePopularity } from './dossiers/popularity.js';
import { countReceipts, FIRST_RECEIPT_DAY, type ReceiptOptions } from './dossiers/receipts.js';
import { type DossierRecord, vietnamClock } from './dossiers/record.js';
import { isFinished } from './dossiers/statuses.js';
import { timelinessOf } from './dossiers/timing.js';
import { FeedbackBox } from './runtime/feedback.js';
import { Lockout } from './runtime/lockout.js';
import { createRandom } from './runtime/random.js';
import { RatingBook, type StoreSnapshot } from './runtime/ratings.js';
import { type ScenarioOptions, ScenarioState } from './runtime/scenario.js';

/** The data seed used when none is given: the same dossiers everywhere by default. */
export const DEFAULT_SEED = 20250701;

export interface MockDatabaseOptions {
  /** Seed of the generated dossiers and ratings (default {@link DEFAULT_SEED}). */
  seed?: number;
  /** The clock; dossiers are generated up to its "today" (Vietnam time). Default: the real clock. */
  now?: () => Date;
  /** Procedures to serve instead of the bundled Bắc Ninh catalogue (see `parseNationalCatalogue`). */
  procedures?: readonly CatalogueRow[];
  /** Average generated dossiers per working day (default 8). */
  dossiersPerDay?: number;
  /** The scenario to start with. */
  scenario?: ScenarioOptions;
}

/**
 * The one state object behind every runtime (Node tests, browser, CLI): the catalogue, the dossiers, the ratings
 * and feedback received, the look-up failures, and the scenario in force.
 */
export interface MockDatabase {
  readonly seed: number;
  readonly catalogue: Catalogue;
  readonly dossiers: ReadonlyMap<string, DossierRecord>;
  /** The demo dossiers, also in `dossiers`. */
  readonly fixtures: readonly FixtureDossier[];
  readonly ratings: RatingBook;
  readonly feedback: FeedbackBox;
  readonly lockout: Lockout;
  readonly scenario: ScenarioState;
  /** The first day dossiers were generated for (`from` of `/stats` by default). */
  readonly firstDay: string;
  /**
   * How many dossiers each procedure received in the 12 months up to `today` (`YYYY-MM-DD`, Vietnam time): what
   * `GET /procedures` ranks by. Until something needs the dossiers themselves, counted from their receipts alone
   * (the same numbers, without generating them).
   */
  popularity(today: string): ReadonlyMap<string, number>;
  now(): Date;
  /** Switches the scenario (latency, error rate, …); options left out return to their defaults. */
  use(options: ScenarioOptions): void;
  /** Back to the start: seeded ratings only, no feedback, no lockouts, the normal scenario. */
  reset(): void;
  /** What `--store` keeps: the ratings and feedback received, and each rated dossier as it stood. */
  snapshot(): StoreSnapshot;
  /**
   * Brings back a snapshot of an earlier run, whatever day it is now: each rated dossier comes back as it stood
   * (the day's generated data may hold another dossier under its code, or none), with its rating.
   */
  restore(snapshot: StoreSnapshot): void;
}

/** Builds a mock database. Deterministic for a given seed, clock day and catalogue. */
export function createMockDatabase(options: MockDatabaseOptions = {}): MockDatabase {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? (() => new Date());
  const clock = vietnamClock(now());
  const catalogue = createCatalogue(options.procedures ? { procedures: options.procedures } : {});
  const fixtureRecords = buildFixtures(catalogue, clock.date);
  const generation: ReceiptOptions = {
    catalogue,
    seed,
    today: clock.date,
    nowMinutes: clock.minutes,
    ...(options.dossiersPerDay === undefined ? {} : { perDay: options.dossiersPerDay }),
  };
  // Thousands of dossiers take a few hundred milliseconds: made on first use, so start-up stays fast.
  let history: { dossiers: Map<string, DossierRecord>; ratings: RatingBook } | undefined;
  const load = () => {
    if (history) return history;
    const generated = generateDossiers(generation);
    history = {
      dossiers: new Map([...generated, ...fixtureRecords].map((record) => [record.code, record])),
      ratings: new RatingBook(seedRatings(generated, fixtureRecords, seed, now())),
    };
    return history;
  };
  let popular: { today: string; counts: ReadonlyMap<string, number>; fromDossiers: boolean } | undefined;
  const popularity = (today: string) => {
    const fromDossiers = history !== undefined;
    if (popular?.today === today && popular.fromDossiers === fromDossiers) return popular.counts;
    const counts = history
      ? procedurePopularity(history.dossiers.values(), today)
      : addCounts(countReceipts(generation, popularitySince(today)), procedurePopularity(fixtureRecords, today));
    popular = { today, counts, fromDossiers };
    return counts;
  };
  const feedback = new FeedbackBox();
  const lockout = new Lockout();
  const scenario = new ScenarioState(options.scenario);
  return {
    seed,
    catalogue,
    get dossiers() {
      return load().dossiers;
    },
    fixtures: describeFixtures(fixtureRecords),
    get ratings() {
      return load().ratings;
    },
    feedback,
    lockout,
    scenario,
    firstDay: FIRST_RECEIPT_DAY,
    popularity,
    now,
    use: (scenarioOptions) => scenario.set(scenarioOptions),
    reset: () => {
      history?.ratings.reset();
      feedback.reset();
      lockout.clear();
      scenario.set(options.scenario ?? {});
    },
    snapshot: () => {
      const { dossiers, ratings } = load();
      const received = ratings.snapshot();
      return {
        ratings: received,
        feedback: feedback.snapshot(),
        dossiers: received.flatMap((stored) => dossiers.get(stored.rating.dossierCode) ?? []),
      };
    },
    restore: (snapshot) => {
      const { dossiers, ratings } = load();
      for (const record of snapshot.dossiers ?? []) dossiers.set(record.code, record);
      popular = undefined;
      ratings.restore(snapshot.ratings);
      feedback.restore(snapshot.feedback);
    },
  };
}

/**
 * About a third of returned dossiers and a few other finished ones were rated, mostly favourably, less so when late:
 * `/stats` satisfaction then matches what citizens would see. Of the fixtures, only the one meant to show "already
 * rated" is, so the demo can rate the others.
 */
function seedRatings(
  generated: readonly DossierRecord[],
  fixtures: readonly DossierRecord[],
  seed: number,
  now: Date,
): Rating[] {
  const random = createRandom(seed ^ 0x5eed);
  const chosen = (record: DossierRecord) =>
    fixtures.includes(record)
      ? isPreRated(record)
      : isFinished(record.status) && random.chance(record.status === 10 ? 0.35 : 0.1);
  return [...generated, ...fixtures].flatMap((record): Rating[] => {
    const finishedAt = record.returnedAt ?? record.finishedAt;
    if (!chosen(record) || !finishedAt) return [];
    const late = timelinessOf(record, now).state === 'late';
    const overall = random.weighted([
      ['very-satisfied', late ? 30 : 68],
      ['satisfied', late ? 40 : 28],
      ['dissatisfied', late ? 30 : 4],
    ] as const);
    return [
      {
        id: `seed-${record.code}`,
        dossierCode: record.code,
        overall,
        answers: overall === 'dissatisfied' && late ? { reasons: ['late'] } : {},
        channel: random.pick(['web', 'kiosk', 'sms'] as const),
        createdAt: finishedAt,
      },
    ];
  });
}
