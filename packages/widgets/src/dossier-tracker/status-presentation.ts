import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';

/**
 * The colour family a status is drawn in. Colour is never the only carrier: every status also has its words and
 * an icon of its own.
 */
export type StatusTone = 'neutral' | 'progress' | 'attention' | 'success' | 'stopped';

/** How one of the 10 national statuses is shown (its icon is `statusIcons[key]`). */
export interface StatusPresentation {
  /** The national status number, 1 to 10. */
  code: number;
  key: DossierStatusKey;
  tone: StatusTone;
}

/** The tone of each national status, in the order of `dossierStatuses` (their numbers, 1 to 10). */
const TONES: readonly StatusTone[] = [
  'neutral', // 1 registered
  'progress', // 2 received
  'stopped', // 3 rejected
  'progress', // 4 processing
  'attention', // 5 supplement requested
  'attention', // 6 payment requested
  'stopped', // 7 withdrawn
  'stopped', // 8 stopped
  'success', // 9 processed
  'success', // 10 returned
];

/** All 10 national statuses in their official order. */
export const NATIONAL_STATUSES: readonly StatusPresentation[] = dossierStatuses.map(({ code, key }, index) => ({
  code,
  key,
  tone: TONES[index] as StatusTone,
}));

/** The presentation of a national status by its machine key; `undefined` for a key this widget does not know. */
export function presentStatus(key: DossierStatusKey): StatusPresentation | undefined {
  return NATIONAL_STATUSES.find((status) => status.key === key);
}
