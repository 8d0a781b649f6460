import type { Agency, Field, ProcedureSummary, TextRange } from '@hcc/sdk';
import { executesProcedure, listFields, unitIdsByParent } from '@hcc/sdk/catalogue';
import { createProcedureIndex, type ProcedureIndex } from '@hcc/sdk/search';
import type { StoredProcedure } from '../stores/catalogue-store.js';

/** A procedure held in memory. */
export type CatalogueEntry = StoredProcedure;

/** A search hit: the procedure's code and the words of its name that matched. */
export interface SearchMatch {
  code: string;
  highlights: TextRange[];
}

/** The catalogue as the instance serves it: one version of the database's procedures and agencies. */
export interface Catalogue {
  readonly version: number;
  readonly entries: readonly CatalogueEntry[];
  /** Vietnamese alphabetical order of name. */
  readonly byName: readonly CatalogueEntry[];
  readonly fields: readonly Field[];
  readonly agencies: readonly Agency[];
  get(code: string): CatalogueEntry | undefined;
  agency(id: string): Agency | undefined;
  /** The agency whose official identifier starts a dossier code. */
  agencyByIdentifier(identifier: string): Agency | undefined;
  /** Whether an agency executes a procedure (communes and former districts execute the commune-level ones). */
  executes(agency: Agency, entry: CatalogueEntry): boolean;
  search(query: string): SearchMatch[];
}

/** How many distinct queries each catalogue version remembers the answers of (oldest forgotten first). */
const RECENT_SEARCHES = 500;

/** Builds the in-memory catalogue; the search index is made on the first search. */
export function createCatalogue(
  version: number,
  entries: readonly CatalogueEntry[],
  agencies: readonly Agency[],
): Catalogue {
  const byCode = new Map(entries.map((entry) => [entry.summary.code, entry]));
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const byIdentifier = new Map(agencies.map((agency) => [agency.identifier, agency]));
  const unitIds = unitIdsByParent(agencies);
  const collator = new Intl.Collator('vi');
  let index: ProcedureIndex<ProcedureSummary> | undefined;
  // Citizens type the same few queries over and over; a search costs milliseconds of CPU, a repeat almost nothing.
  const recent = new Map<string, SearchMatch[]>();
  return {
    version,
    entries,
    byName: [...entries].sort((a, b) => collator.compare(a.summary.name, b.summary.name)),
    fields: listFields(entries.map((entry) => entry.summary)),
    agencies,
    get: (code) => byCode.get(code),
    agency: (id) => byId.get(id),
    agencyByIdentifier: (identifier) => byIdentifier.get(identifier),
    executes: (agency, entry) =>
      executesProcedure(agency, { levels: entry.summary.levels, agencyIds: entry.agencyIds }, unitIds.get(agency.id)),
    search: (query) => {
      const known = recent.get(query);
      if (known) return known;
      index ??= createProcedureIndex(entries.map((entry) => entry.summary));
      const matches = index.search(query, { limit: Number.POSITIVE_INFINITY }).map((hit) => ({
        code: hit.code,
        highlights: hit.highlights.map(([start, end]): TextRange => ({ start, end })),
      }));
      if (recent.size >= RECENT_SEARCHES) recent.delete(recent.keys().next().value as string);
      recent.set(query, matches);
      return matches;
    },
  };
}
