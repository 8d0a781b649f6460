/**
 * `@hcc/sdk/catalogue`: Bắc Ninh's catalogue rule over the national procedure catalogue — which national rows are
 * the province's, at which level and agency — the national JSON-lines reader, and the deterministic details of a
 * procedure without an official record. Shared by the mock server's data script and `--catalog`, and the server's
 * catalogue import, so that the same file gives the same procedures everywhere.
 */
export {
  audienceOf,
  type CatalogueRow,
  classifyDepartment,
  cleanName,
  type ExecutingBody,
  type NationalCatalogueRow,
  toCatalogueRow,
} from './catalogue-rule.js';
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
