/**
 * `@hcc/mock-server`: the whole hcc API as MSW handlers over real Bắc Ninh data — the catalogue, agencies,
 * generated dossiers with demo fixtures, ratings and figures — for tests, demos and integrators.
 * Runtimes: `@hcc/mock-server/node` (vitest), `@hcc/mock-server/browser` (service worker), the `hcc-mock-server` CLI.
 */
export { bundledAgencies, bundledDetails, bundledProcedures, type ProcedureDetail } from './catalogue/bundled.js';
export type { Catalogue, CatalogueEntry } from './catalogue/catalogue.js';
export { type CatalogueRow, type NationalCatalogueRow, parseNationalCatalogue } from '@hcc/sdk/catalogue';
export { createMockDatabase, DEFAULT_SEED, type MockDatabase, type MockDatabaseOptions } from './db.js';
export { fixtureDossiers } from './dossiers/fixture-list.js';
export type { FixtureDossier } from './dossiers/fixtures.js';
/** The SDK's `maskPersonName`, under the name this package has always exported. */
export { maskPersonName as maskName } from '@hcc/sdk';
export type { DossierRecord } from './dossiers/record.js';
export { createHandlers, DEFAULT_BASE_URL, type HandlerOptions } from './handlers/index.js';
export { LOCKOUT_WINDOW_MS, MAX_CLIENT_FAILURES, MAX_FAILURES } from './runtime/lockout.js';
export type { StoreSnapshot, StoredFeedback, StoredRating } from './runtime/ratings.js';
export { SCENARIOS, type ScenarioName, type ScenarioOptions } from './runtime/scenario.js';
/** The rating form the mock serves (`GET /survey`): the SDK's default form. */
export { defaultSurveyForm as surveyForm } from '@hcc/sdk';
