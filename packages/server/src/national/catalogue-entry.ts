import type { Procedure, ProcedureSummary } from '@hcc/sdk';
import {
  type CatalogueRow,
  completeDetails,
  deriveDetails,
  type ProcedureDetail,
  procedureOf,
  procedureSummaryOf,
} from '@hcc/sdk/catalogue';

/** A procedure to store: its list form, its whole form, and the catalogue row behind them. */
export interface CatalogueEntry {
  summary: ProcedureSummary;
  /** The whole procedure, as `GET /procedures/{code}` answers it. */
  detail: Procedure;
  /** Fields, levels, executing agency ids (`agencyIds`, for the agency filter), audience, type and state. */
  row: CatalogueRow;
}

/**
 * The entry of a catalogue row, with the mock's rule: the official record's details when there is one, else details
 * derived from the code (marked as sample data); agencies and receiving places completed from the row.
 */
export function catalogueEntryOf(row: CatalogueRow, official?: ProcedureDetail): CatalogueEntry {
  const detail = completeDetails(row, official ?? deriveDetails(row));
  return {
    summary: procedureSummaryOf(row, detail, !official),
    detail: procedureOf(row, detail, !official),
    row,
  };
}
