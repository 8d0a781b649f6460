import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';

/**
 * The colour family a status is drawn in (`danger` for a dossier that stopped without a result). Colour is never
 * the only carrier: every status also has its words and an icon of its own.
 */
export type StatusTone = 'neutral' | 'progress' | 'attention' | 'success' | 'danger';

/** The tone of each national status, in the order of `dossierStatuses` (their numbers, 1 to 10). */
const TONES: readonly StatusTone[] = [
  'neutral', // 1 registered
  'progress', // 2 received
  'danger', // 3 rejected
  'progress', // 4 processing
  'attention', // 5 supplement requested
  'attention', // 6 payment requested
  'danger', // 7 withdrawn
  'danger', // 8 stopped
  'success', // 9 processed
  'success', // 10 returned
];

/**
 * The tone of a national status by its machine key (its icon is `statusIcons[key]`); `undefined` for a key this
 * widget does not know.
 */
export function statusTone(key: DossierStatusKey): StatusTone | undefined {
  return TONES[dossierStatuses.findIndex((status) => status.key === key)];
}
