/**
 * `@hcc/sdk/search`: the forgiving Vietnamese procedure search behind the finder's offline mode and the mock's
 * `GET /procedures?q=`. Runs in the browser and in Node, with no dependencies.
 */
export { countFacet } from './facets.js';
export { type ListingOptions, listProcedures, type ProcedureMatch } from './listing.js';
export { createProcedureIndex } from './procedure-index.js';
export { procedureSynonyms, queryFillers, type SynonymRule } from './synonyms.js';
export type { HighlightRange, IndexableProcedure, ProcedureIndex, SearchHit, SearchOptions } from './types.js';
export { foldVietnamese, tokenizeVietnamese } from '../text/index.js';
