import type { HccClient, ProcedureSearchResult, ProcedureSummary } from '@hcc/sdk';
import { type FinderQuery, clampPageSize, toSearchParams } from './finder-query.js';
import { CatalogueLoader, searchLocally } from './local-catalogue.js';

/** One search's answer and every result shown so far (pages loaded with "load more"). */
export interface SearchAnswer {
  result: ProcedureSearchResult;
  items: ProcedureSummary[];
}

/** How the finder searches, as its attributes say at the time of the search. */
export interface SearchSettings {
  mode: 'server' | 'client';
  pageSize: number;
  agency: string | undefined;
}

/**
 * Where results come from: the API at each search (`mode="server"`), or the catalogue loaded once into the page and
 * searched there (`mode="client"`).
 */
export class SearchSource {
  private readonly catalogue = new CatalogueLoader();

  /** One page of results for `query`. */
  async search(
    api: HccClient,
    settings: SearchSettings,
    query: FinderQuery,
    page: number,
    signal: AbortSignal,
  ): Promise<ProcedureSearchResult> {
    const params = toSearchParams(query, { page, pageSize: clampPageSize(settings.pageSize), agency: settings.agency });
    if (settings.mode === 'client')
      return searchLocally(await this.catalogue.get(api, settings.agency, signal), params);
    return api.procedures.search(params, { signal });
  }

  /** Forgets the loaded catalogue: another API or client, or the widget left the page. */
  reset(): void {
    this.catalogue.reset();
  }
}
