import type { Agency, Field, ProcedureSummary, TextRange } from '@hcc/sdk';
import { foldVietnamese } from '@hcc/sdk';
import { createProcedureIndex, type ProcedureIndex } from '@hcc/sdk/search';
import type { StoredProcedure } from '../stores/catalogue-store.js';

/** A procedure held in memory, with its field ids. */
export interface CatalogueEntry extends StoredProcedure {
  fieldIds: string[];
}

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

/** `Hộ tịch` → `ho-tich`: field ids are the folded names (as in the mock). */
export const fieldIdOf = (name: string) => foldVietnamese(name).replace(/ /g, '-');

/** Builds the in-memory catalogue; the search index is made on the first search. */
export function createCatalogue(
  version: number,
  procedures: readonly StoredProcedure[],
  agencies: readonly Agency[],
): Catalogue {
  const entries = procedures.map((procedure) => ({ ...procedure, fieldIds: procedure.summary.fields.map(fieldIdOf) }));
  const byCode = new Map(entries.map((entry) => [entry.summary.code, entry]));
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const byIdentifier = new Map(agencies.map((agency) => [agency.identifier, agency]));
  const collator = new Intl.Collator('vi');
  let index: ProcedureIndex<ProcedureSummary> | undefined;
  // Citizens type the same few queries over and over; a search costs milliseconds of CPU, a repeat almost nothing.
  const recent = new Map<string, SearchMatch[]>();
  return {
    version,
    entries,
    byName: [...entries].sort((a, b) => collator.compare(a.summary.name, b.summary.name)),
    fields: countFields(entries),
    agencies,
    get: (code) => byCode.get(code),
    agency: (id) => byId.get(id),
    agencyByIdentifier: (identifier) => byIdentifier.get(identifier),
    executes: (agency, entry) => {
      if (agency.kind === 'commune' || agency.kind === 'district') return entry.summary.levels.includes('commune');
      if (agency.kind === 'centre') return entry.summary.levels.includes('province');
      const ids = [agency.id, ...agencies.filter((child) => child.parentId === agency.id).map((child) => child.id)];
      return entry.agencyIds.some((id) => ids.includes(id));
    },
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

function countFields(entries: readonly CatalogueEntry[]): Field[] {
  const fields = new Map<string, Field>();
  for (const entry of entries) {
    entry.summary.fields.forEach((name, position) => {
      const id = entry.fieldIds[position] as string;
      const field = fields.get(id) ?? { id, name, procedureCount: 0 };
      field.procedureCount++;
      fields.set(id, field);
    });
  }
  return [...fields.values()].sort((a, b) => b.procedureCount - a.procedureCount || a.name.localeCompare(b.name, 'vi'));
}
