import { type DossierStatusKey, dossierStatuses } from '@hcc/sdk';

/**
 * The colour family a status is drawn in. Colour is never the only carrier: every status also has its words and
 * an icon of its own.
 */
export type StatusTone = 'neutral' | 'progress' | 'attention' | 'success' | 'stopped';

/** The icon drawn next to a status; each tone has a distinct shape, not only a distinct colour. */
export type StatusIcon =
  | 'inbox'
  | 'check-in'
  | 'ban'
  | 'cog'
  | 'document-plus'
  | 'coin'
  | 'undo'
  | 'pause'
  | 'check'
  | 'hand-over';

/** How one of the 10 national statuses is shown. */
export interface StatusPresentation {
  /** The national status number, 1 to 10. */
  code: number;
  key: DossierStatusKey;
  icon: StatusIcon;
  tone: StatusTone;
}

/** The icon and tone of each national status, in the order of `dossierStatuses` (their numbers, 1 to 10). */
const LOOKS: readonly [StatusIcon, StatusTone][] = [
  ['inbox', 'neutral'], // 1 registered
  ['check-in', 'progress'], // 2 received
  ['ban', 'stopped'], // 3 rejected
  ['cog', 'progress'], // 4 processing
  ['document-plus', 'attention'], // 5 supplement requested
  ['coin', 'attention'], // 6 payment requested
  ['undo', 'stopped'], // 7 withdrawn
  ['pause', 'stopped'], // 8 stopped
  ['check', 'success'], // 9 processed
  ['hand-over', 'success'], // 10 returned
];

/** All 10 national statuses in their official order. */
export const NATIONAL_STATUSES: readonly StatusPresentation[] = dossierStatuses.map(({ code, key }, index) => {
  const [icon, tone] = LOOKS[index] as [StatusIcon, StatusTone];
  return { code, key, icon, tone };
});

/** The presentation of a national status by its machine key; `undefined` for a key this widget does not know. */
export function presentStatus(key: DossierStatusKey): StatusPresentation | undefined {
  return NATIONAL_STATUSES.find((status) => status.key === key);
}
