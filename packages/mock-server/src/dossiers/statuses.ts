import { type DossierStatus, dossierStatus, dossierStatuses, isRatableStatus } from '@hcc/sdk';

/** The 10 national dossier statuses (see the glossary). */
export type StatusCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export const STATUS_CODES = dossierStatuses.map((status) => status.code as StatusCode);

/** The API's status object: number, stable key and words in vi and en, from the SDK's table. */
export function statusOf(code: StatusCode): DossierStatus {
  return dossierStatus(code) as DossierStatus;
}

/** Statuses after which nothing more happens to a dossier, which is when it can be rated (the SDK's rule). */
export const isFinished = (status: StatusCode) => isRatableStatus(status);
