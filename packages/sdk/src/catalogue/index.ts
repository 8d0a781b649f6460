/**
 * `@hcc/sdk/catalogue`: Bắc Ninh's catalogue rule over the national procedure catalogue — which national rows are
 * the province's, at which level and agency, their fields' ids and which agency executes them — the national
 * JSON-lines reader, and the deterministic details of a procedure without an official record.
 * Shared by the mock server (its data script, `--catalog` and its catalogue) and the server (its catalogue import
 * and the catalogue it serves), so that the same file gives the same procedures everywhere.
 */
export {
  audienceOf,
  type CatalogueRow,
  classifyDepartment,
  type ExecutingBody,
  type NationalCatalogueRow,
  toCatalogueRow,
} from './catalogue-rule.js';
export { executesProcedure, fieldIdOf, listFields, unitIdsByParent } from './catalogue-facts.js';
export {
  cleanLabel,
  CleaningLog,
  cleanName,
  cleanParagraph,
  collapseSpaces,
  type TextChange,
} from './clean-text.js';
export {
  completeDetails,
  deriveDetails,
  onlineSubmissionUrlFor,
  type ProcedureDetail,
  procedureOf,
  procedureSummaryOf,
  receivingPlacesFor,
} from './derive-details.js';
export {
  type NationalCatalogueRead,
  parseNationalCatalogue,
  type RejectedLine,
  readNationalCatalogue,
} from './national-format.js';
export { createRandom, hashString, type Random } from './seeded-random.js';
