import type { TextRange } from '@hcc/sdk';
import { createProcedureIndex, type ProcedureIndex } from '@hcc/sdk/search';
import type { CatalogueRow } from '@hcc/sdk/catalogue';

/** A search result: the procedure's code and the words of its name that matched. */
export interface SearchMatch {
  code: string;
  highlights: TextRange[];
}

/** Finds procedures for what a citizen typed, best first, every match. */
export type SearchEngine = (query: string) => SearchMatch[];

/**
 * The engine behind `GET /procedures?q=`: `createProcedureIndex` from `@hcc/sdk/search`, the same one the finder
 * uses offline. The index is built on the first search, so start-up stays fast.
 */
export function createSearchEngine(rows: readonly CatalogueRow[]): SearchEngine {
  let index: ProcedureIndex<CatalogueRow> | undefined;
  return (query) => {
    index ??= createProcedureIndex(rows);
    return index.search(query, { limit: Number.POSITIVE_INFINITY }).map((hit) => ({
      code: hit.code,
      highlights: hit.highlights.map(([start, end]) => ({ start, end })),
    }));
  };
}
