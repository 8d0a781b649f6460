import type { Field, HccClient, ProcedureSearchParams, ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import type { ProcedureIndex } from '@hcc/sdk/search';
import { type FilterName, filterNames, filterValues } from './finder-query.js';

/** What the catalogue uses of `@hcc/sdk/search`: loaded with the catalogue, never with the finder itself. */
export type SearchEngine = Pick<typeof import('@hcc/sdk/search'), 'createProcedureIndex' | 'countFacet'>;

/** A catalogue held in the page for `mode="client"`: searched with `@hcc/sdk/search`, no request per keystroke. */
export interface LocalCatalogue {
  items: readonly ProcedureSummary[];
  index: ProcedureIndex<ProcedureSummary>;
  fields: readonly Field[];
  countFacet: SearchEngine['countFacet'];
}

/** Loads an agency's catalogue (or the whole province's) once, page after page, with the field list. */
export async function loadLocalCatalogue(
  client: HccClient,
  agency: string | undefined,
  signal: AbortSignal,
): Promise<LocalCatalogue> {
  // 500 is the largest page the API serves: the fewest requests.
  const params = agency ? { agency, pageSize: 500 } : { pageSize: 500 };
  const items: ProcedureSummary[] = [];
  // The search engine is loaded with the catalogue, so pages that search on the server never download it.
  const [fields, search] = await Promise.all([
    client.fields.list({ signal }),
    import('@hcc/sdk/search'),
    (async () => {
      for await (const item of client.procedures.iterate(params, { signal })) items.push(item);
    })(),
  ]);
  return buildLocalCatalogue(items, fields, search);
}

/**
 * Loads the catalogue once for every search that needs it, with its own cancellation (a search replaced by a newer
 * one does not stop the load the next search needs). A failed load is forgotten, so a retry reloads.
 */
export class CatalogueLoader {
  private loading: { agency: string; promise: Promise<LocalCatalogue>; controller: AbortController } | undefined;

  /** The catalogue of `agency` (all procedures without one), loaded on first use. */
  get(client: HccClient, agency = ''): Promise<LocalCatalogue> {
    if (this.loading?.agency !== agency) {
      this.reset();
      const controller = new AbortController();
      const loading = { agency, controller, promise: loadLocalCatalogue(client, agency, controller.signal) };
      loading.promise.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
      this.loading = loading;
    }
    return this.loading.promise;
  }

  /** Cancels and forgets the load (the widget left the page, or the client changed). */
  reset(): void {
    this.loading?.controller.abort();
    this.loading = undefined;
  }
}

/** Indexes procedures for local search with `@hcc/sdk/search` (or a module with the same two functions). */
export function buildLocalCatalogue(
  items: readonly ProcedureSummary[],
  fields: readonly Field[],
  search: SearchEngine,
): LocalCatalogue {
  const collator = new Intl.Collator('vi');
  const byName = [...items].sort((a, b) => collator.compare(a.name, b.name));
  return { items: byName, index: search.createProcedureIndex(byName), fields, countFacet: search.countFacet };
}

/**
 * Answers a search from the local catalogue exactly as `GET /procedures` would: best matches first (or by name
 * without `q`), one page, highlights, and facets that each count the matches of every filter but their own.
 */
export function searchLocally(catalogue: LocalCatalogue, params: ProcedureSearchParams): ProcedureSearchResult {
  const { fields, countFacet } = catalogue;
  const q = params.q?.trim();
  const candidates = q
    ? catalogue.index
        .search(q, { limit: Number.POSITIVE_INFINITY })
        .map((hit) => ({ ...hit.procedure, highlights: hit.highlights.map(([start, end]) => ({ start, end })) }))
    : catalogue.items;
  const fieldIds = new Map(fields.map((field) => [field.name, field.id]));
  const valuesOf: Record<FilterName, (item: ProcedureSummary) => readonly string[]> = {
    field: (item) => item.fields.flatMap((name) => fieldIds.get(name) ?? []),
    level: (item) => item.levels,
    online: (item) => [item.onlineLevel],
    audience: (item) => item.audience,
  };
  const matchingExcept = (skip?: FilterName) =>
    candidates.filter((item) =>
      filterNames.every((name) => {
        const wanted = params[name];
        return name === skip || !wanted || valuesOf[name](item).includes(wanted);
      }),
    );
  const matches = matchingExcept();
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  const facets = {} as ProcedureSearchResult['facets'];
  for (const name of filterNames) {
    const labels: [string, string][] =
      name === 'field'
        ? fields.map((field) => [field.id, field.name])
        : filterValues[name].map((value) => [value, value]);
    // Fixed lists keep every value (with 0 matches); the field list only the fields that have matches.
    facets[name] = countFacet(matchingExcept(name), valuesOf[name], labels, name !== 'field');
  }
  return {
    items: matches.slice((page - 1) * pageSize, page * pageSize),
    total: matches.length,
    page,
    pageSize,
    facets,
  };
}
