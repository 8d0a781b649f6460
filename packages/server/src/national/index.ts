/**
 * The national formats the server speaks: dossier and progress pushes (DongBoHoSoMC, CapNhatTienDoHoSoMC), catalogue
 * and agency imports (national JSON lines, LayThuTuc packets), the monthly DongBoDanhGia summary, verifier hashes and
 * ingest tokens. Pure functions, no I/O; documented in `docs/national-formats.md`.
 */
export { parseAgenciesFile, type ImportedAgency } from './agencies-file.js';
export { type BatchResult, InvalidBatchError } from './batch.js';
export type { CatalogueEntry } from './catalogue-entry.js';
export { type CatalogueFile, type CatalogueFileOptions, parseCatalogueFile } from './catalogue-file.js';
export {
  DOSSIER_SERVICE,
  type DossierChannel,
  type DossierIngestOptions,
  type IngestedDossier,
  parseDossierBatch,
} from './dossier-batch.js';
export { formatNationalDateTime, readNationalDateTime } from './national-dates.js';
export {
  type IngestedStep,
  PROGRESS_SERVICE,
  type ProgressIngestOptions,
  parseProgressBatch,
  stepKey,
} from './progress-batch.js';
export {
  DONG_BO_DANH_GIA_VERSION,
  type DongBoDanhGiaItem,
  type DongBoDanhGiaSummary,
  percentShares,
  type RatingRow,
  summariseRatings,
} from './ratings-export.js';
export { assertStatusMap, checkStatusMap, OPENCPS_STATUS_MAP, resolveStatus, type StatusMap } from './status-map.js';
export type { IngestedSupplement } from './supplements.js';
export { createToken, hashToken, looksLikeToken, TOKEN_PREFIX } from './tokens.js';
export { hashVerifier, verifierFromPhone, verifierMatches } from './verifier.js';
