import type { Db } from '../db/db.js';
import { catalogueVersion, loadCatalogue } from '../stores/catalogue-store.js';
import { type Catalogue, createCatalogue } from './catalogue.js';

/** How often an instance asks the database whether the catalogue moved (one tiny query). */
export const CATALOGUE_CHECK_MS = 2_000;

/**
 * The catalogue in memory, reloaded when the database's catalogue version moves — after an import on this instance
 * or on any other one sharing the database.
 */
export class CatalogueCache {
  private current: Catalogue | undefined;
  private checkedAt = 0;
  private pending: Promise<Catalogue> | undefined;

  constructor(
    private readonly db: Db,
    private readonly checkEveryMs = CATALOGUE_CHECK_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The catalogue, checked against the database at most every `checkEveryMs`. */
  get(): Promise<Catalogue> {
    if (this.current && this.clock() - this.checkedAt < this.checkEveryMs) return Promise.resolve(this.current);
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Checks the version now (after an import on this instance). */
  async refresh(): Promise<Catalogue> {
    const version = await catalogueVersion(this.db);
    this.checkedAt = this.clock();
    if (this.current?.version === version) return this.current;
    const loaded = await loadCatalogue(this.db);
    this.current = createCatalogue(loaded.version, loaded.procedures, loaded.agencies);
    return this.current;
  }
}
