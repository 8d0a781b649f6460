/**
 * `@hcc/widgets`: web components to find an administrative procedure, track a dossier and rate the service.
 * Importing this module registers all three elements — `<hcc-procedure-finder>`, `<hcc-dossier-tracker>`,
 * `<hcc-satisfaction-survey>` — and registering twice is harmless. A bundle that needs one widget only imports its
 * own entry (`@hcc/widgets/dossier-tracker`); a page with no build step uses the CDN file.
 * @module
 */
export { HccProcedureFinder, type ProcedureSelectDetail } from './procedure-finder.js';
export { HccDossierTracker, type DossierLoadDetail } from './dossier-tracker.js';
export { HccSatisfactionSurvey, type RatingSubmitDetail } from './satisfaction-survey.js';
export type { HccErrorDetail, HccEvent, HccEventMap, HccEventName } from './shared/events.js';
export { HccConfigError } from './shared/config-error.js';
export { setDefaultClient } from './shared/api-client.js';
