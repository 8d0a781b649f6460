/**
 * Domain helpers for Vietnamese public administration: dossier codes, the working-day calendar and on-time rules.
 * Pure functions without dependencies; they run in browsers, Node and workers.
 */
export {
  type DossierCodeError,
  type DossierCodeFailure,
  type DossierCodeParts,
  type DossierCodeResult,
  formatDossierCode,
  isDossierCode,
  type ParsedDossierCode,
  parseDossierCode,
} from './dossier-code.js';
