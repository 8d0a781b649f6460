import type { Agency, Field, Procedure, ProcedureSummary } from '@hcc/sdk';
import {
  type CatalogueRow,
  completeDetails,
  deriveDetails,
  executesProcedure,
  listFields,
  unitIdsByParent,
  procedureOf,
  procedureSummaryOf,
} from '@hcc/sdk/catalogue';
import { bundledAgencies, bundledDetails, bundledProcedures, type ProcedureDetail } from './bundled.js';
import { createSearchEngine, type SearchEngine } from './search-engine.js';

/** A procedure of the served catalogue with everything the API says about it. */
export interface CatalogueEntry {
  row: CatalogueRow;
  /** Derived or completed on first use: a page that lists one agency's procedures pays for those only. */
  readonly detail: ProcedureDetail;
  /** True where the details were derived rather than taken from an official record. */
  sampleData: boolean;
}

/** The procedures, fields and agencies the mock serves, with the search engine over them. */
export interface Catalogue {
  entries: CatalogueEntry[];
  /** The entries in Vietnamese alphabetical order of name, sorted on first use. */
  readonly byName: CatalogueEntry[];
  get(code: string): CatalogueEntry | undefined;
  fields: Field[];
  agencies: Agency[];
  agency(id: string): Agency | undefined;
  /** Whether an agency executes a procedure (communes and former districts execute the commune-level ones). */
  executes(agency: Agency, entry: CatalogueEntry): boolean;
  search: SearchEngine;
}

export interface CatalogueSource {
  procedures?: readonly CatalogueRow[];
  details?: readonly ProcedureDetail[];
  agencies?: readonly Agency[];
}

/** Builds the catalogue from the bundled data, or from other procedures (`--catalog`). */
export function createCatalogue(source: CatalogueSource = {}): Catalogue {
  const rows = source.procedures ?? bundledProcedures;
  const details = new Map((source.details ?? bundledDetails).map((detail) => [detail.code, detail]));
  const agencies = [...(source.agencies ?? bundledAgencies)];
  const entries = rows.map((row): CatalogueEntry => {
    const official = details.get(row.code);
    let detail: ProcedureDetail | undefined;
    return {
      row,
      get detail() {
        detail ??= completeDetails(row, official ?? deriveDetails(row));
        return detail;
      },
      sampleData: !official,
    };
  });
  const byCode = new Map(entries.map((entry) => [entry.row.code, entry]));
  const byAgency = new Map(agencies.map((agency) => [agency.id, agency]));
  const unitIds = unitIdsByParent(agencies);
  let byName: CatalogueEntry[] | undefined;
  return {
    entries,
    get byName() {
      if (!byName) {
        const collator = new Intl.Collator('vi');
        byName = [...entries].sort((a, b) => collator.compare(a.row.name, b.row.name));
      }
      return byName;
    },
    get: (code) => byCode.get(code),
    fields: listFields(rows),
    agencies,
    agency: (id) => byAgency.get(id),
    executes: (agency, entry) =>
      executesProcedure(agency, { levels: entry.row.level, agencyIds: entry.row.agencyIds }, unitIds.get(agency.id)),
    search: createSearchEngine(rows),
  };
}

/** The list form of a procedure. */
export function toSummary(entry: CatalogueEntry): ProcedureSummary {
  return procedureSummaryOf(entry.row, entry.detail, entry.sampleData);
}

/** The whole procedure. */
export function toProcedure(entry: CatalogueEntry): Procedure {
  return procedureOf(entry.row, entry.detail, entry.sampleData);
}
