/** One result of a query: the rows, and how many rows a write touched. */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** What a store needs to run SQL: parameterised queries, and several statements at once for migrations. */
export interface Queryable {
  /**
   * Runs one parameterised statement. A `name` makes it a prepared statement on PostgreSQL (parsed and planned once
   * per connection: for the hottest queries); PGlite ignores it.
   */
  query<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: { name?: string },
  ): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
}

/**
 * The database behind the server: a real PostgreSQL through a pool, or an embedded PGlite. Both speak the same SQL;
 * every store is written once against this interface.
 */
export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
