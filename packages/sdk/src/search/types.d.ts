/** What the index needs from a procedure; API procedure summaries and catalogue rows both fit. */
export interface IndexableProcedure {
  /** National procedure code, e.g. `1.001193`. */
  code: string;
  /** Official name, Vietnamese, as shown to citizens. */
  name: string;
  /** Field (lĩnh vực) names, e.g. `Hộ tịch`. Matched with less weight than the name. */
  fields?: readonly string[];
  /** Extra words to find the procedure by. Matched with less weight than the name. */
  keywords?: readonly string[];
}
/** A range `[start, end)` of UTF-16 offsets in the procedure's original (accented) name. */
export type HighlightRange = [start: number, end: number];
/** One search result. */
export interface SearchHit<T extends IndexableProcedure = IndexableProcedure> {
  /** The procedure's code. */
  code: string;
  /** Relevance in `(0, 1]`; higher is better. Comparable within one search only. */
  score: number;
  /** The words of `procedure.name` that matched the query, in order, as ranges of the original name. */
  highlights: HighlightRange[];
  /** The indexed procedure itself. */
  procedure: T;
}
/** Options of {@link ProcedureIndex.search}. */
export interface SearchOptions<T extends IndexableProcedure = IndexableProcedure> {
  /** Most results to return (default 20); `Infinity` returns every match. */
  limit?: number;
  /** Keeps only the procedures for which it returns `true`. */
  filter?: (procedure: T) => boolean;
}
/** A search index over a procedure catalogue, built once by `createProcedureIndex`. */
export interface ProcedureIndex<T extends IndexableProcedure = IndexableProcedure> {
  /** Finds the procedures a citizen most likely means by `query`, best first. */
  search(query: string, options?: SearchOptions<T>): SearchHit<T>[];
  /** Number of indexed procedures. */
  readonly size: number;
}
