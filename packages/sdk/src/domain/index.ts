/**
 * Domain helpers for Vietnamese public administration: dossier codes and statuses, the working-day calendar and
 * on-time rules.
 * Pure functions without dependencies; they run in browsers, Node and workers.
 */
export { dossierAgencyOf, isAgencyOpenOn, selectAgencies } from './agencies.js';
export { canonicalJson, ratingFingerprint } from './fingerprint.js';
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
// `export *`, not a list of names: with a list, esbuild's code splitting gives the status table to every bundle that
// imports a dossier-code helper through this file (the satisfaction survey's CDN module among them).
export * from './dossier-status.js';
export { type CountedDossier, summariseDossiers } from './stats.js';
export type { HolidayKey, HolidayKind } from './holidays.js';
export { maskPersonName } from './person-name.js';
export { surveyAnswerErrors } from './survey-answers.js';
export { defaultSurveyForm } from './survey-form.js';
export { type DateInput, toVietnamDateTime } from './vietnam-time.js';
export {
  addWorkingDays,
  calendarCoverage,
  type HolidayInfo,
  holidaysIn,
  isHoliday,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
  workingSaturdaysIn,
} from './working-days.js';
export {
  type AppointmentInput,
  appointmentDate,
  evaluateTimeliness,
  type ProcessingTime,
  type ProcessingTimeUnit,
  type SupplementRequest,
  type Timeliness,
  type TimelinessInput,
  type TimelinessState,
} from './on-time.js';
