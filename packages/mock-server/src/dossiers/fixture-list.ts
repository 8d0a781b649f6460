import { createCatalogue } from '../catalogue/catalogue.js';
import { buildFixtures, describeFixtures, type FixtureDossier } from './fixtures.js';
import { vietnamClock } from './record.js';

/**
 * The demo dossiers `[{ code, verifier, status, procedureCode, traits }]` for a given day (default today), without
 * building a whole database. Dossiers still in progress are dated relative to today, so their codes change daily.
 */
export function fixtureDossiers(options: { now?: () => Date } = {}): FixtureDossier[] {
  const today = vietnamClock((options.now ?? (() => new Date()))()).date;
  return describeFixtures(buildFixtures(createCatalogue(), today));
}
