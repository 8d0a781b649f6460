import { readFileSync } from 'node:fs';
import type { ProcedureDetail } from '@hcc/sdk/catalogue';
import type { Db } from '../db/db.js';
import { parseAgenciesFile, parseCatalogueFile } from '../national/index.js';
import { packageFile } from '../package-files.js';
import { upsertAgencies, upsertProcedures, type UpsertCounts } from '../stores/catalogue-store.js';

/** What an import did, and every line it refused with why. */
export interface ImportReport extends UpsertCounts {
  rejected: Array<{ line: number; reason: string }>;
}

const BUNDLED = {
  catalogue: packageFile('data/catalogue.jsonl'),
  details: packageFile('data/procedure-details.json'),
  agencies: packageFile('data/agencies.json'),
};

let officialDetails: Map<string, ProcedureDetail> | undefined;

/** The official detail records shipped with the package, by code: used for national rows that have one. */
function bundledDetails(): Map<string, ProcedureDetail> {
  officialDetails ??= new Map(
    (JSON.parse(readFileSync(BUNDLED.details, 'utf8')) as ProcedureDetail[]).map((detail) => [detail.code, detail]),
  );
  return officialDetails;
}

/**
 * Imports a catalogue file (national JSON lines or LayThuTuc packets) in one transaction: procedures are added or
 * updated by code, and the catalogue version moves when anything changed, so every instance reloads.
 */
export async function importCatalogue(db: Db, text: string, source?: string): Promise<ImportReport> {
  const file = parseCatalogueFile(text, source, { officialDetails: bundledDetails() });
  const counts = await db.transaction((tx) =>
    upsertProcedures(
      tx,
      file.procedures.map((entry) => ({
        summary: entry.summary,
        detail: entry.detail,
        agencyIds: entry.row.agencyIds,
      })),
    ),
  );
  return { ...counts, rejected: file.rejected };
}

/** Imports an agencies file (the format of the bundled one) in one transaction, by agency id. */
export async function importAgencies(db: Db, text: string): Promise<ImportReport> {
  const file = parseAgenciesFile(text);
  const counts = await db.transaction((tx) => upsertAgencies(tx, file.agencies));
  return { ...counts, rejected: file.rejected };
}

/** Loads the bundled Bắc Ninh catalogue and agencies (on first start, into an empty database). */
export async function importBundled(db: Db): Promise<{ catalogue: ImportReport; agencies: ImportReport }> {
  const agencies = await importAgencies(db, readFileSync(BUNDLED.agencies, 'utf8'));
  const catalogue = await importCatalogue(db, readFileSync(BUNDLED.catalogue, 'utf8'), 'catalogue.jsonl');
  return { catalogue, agencies };
}
