import type { Field, HccClient, ProcedureSearchParams, ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import type { ProcedureIndex } from '@hcc/sdk/search';

/** What the catalogue uses of `@hcc/sdk/search`: loaded with the catalogue, never with the finder itself. */
export type SearchEngine = Pick<typeof import('@hcc/sdk/search'), 'createProcedureIndex' | 'listProcedures'>;

/** A catalogue held in the page for `mode="client"`: searched with `@hcc/sdk/search`, no request per keystroke. */
export interface LocalCatalogue {
  items: readonly ProcedureSummary[];
  index: ProcedureIndex<ProcedureSummary>;
  fields: readonly Field[];
  listProcedures: SearchEngine['listProcedures'];
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
  return { items, index: search.createProcedureIndex(items), fields, listProcedures: search.listProcedures };
}

/**
 * Answers a search from the local catalogue with the rule of `GET /procedures` itself (`listProcedures`).
 * Offline there is no popularity, so `sort=popular` (the default without `q`) lists by name.
 */
export function searchLocally(catalogue: LocalCatalogue, params: ProcedureSearchParams): ProcedureSearchResult {
  return catalogue.listProcedures(catalogue.items, params, { fields: catalogue.fields, search: catalogue.index });
}
