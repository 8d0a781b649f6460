import type { HccClient, ProcedureSearchParams, ProcedureSearchResult } from '@hcc/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CatalogueLoader, searchLocally } from './local-catalogue.js';

/**
 * Where the finder's results come from: `GET /procedures` (`mode="server"`), or the catalogue loaded once into the
 * page and searched there (`mode="client"`; the search engine, `@hcc/sdk/search`, is a dynamic import made only then).
 */
export class SearchSource implements ReactiveController {
  private readonly catalogue = new CatalogueLoader();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** One page of results for `params`. */
  async page(
    api: HccClient,
    mode: 'server' | 'client',
    params: ProcedureSearchParams,
    signal: AbortSignal,
  ): Promise<ProcedureSearchResult> {
    if (mode === 'server') return api.procedures.search(params, { signal });
    return searchLocally(await this.catalogue.get(api, params.agency), params);
  }

  /** Forgets the loaded catalogue (the client changed, or the widget left the page). */
  reset(): void {
    this.catalogue.reset();
  }
}
