import type { CatalogueCache } from '../catalogue/catalogue-cache.js';
import type { Popularity } from '../catalogue/popularity.js';
import type { Db } from '../db/db.js';
import type { ServerSettings } from '../settings.js';

/** What every route handler works with. */
export interface AppContext {
  db: Db;
  catalogue: CatalogueCache;
  popularity: Popularity;
  settings: ServerSettings;
  /** The resolved key of the verifier hashes. */
  verifierKey: string;
}
