import type { DossierStatusKey } from '@hcc/sdk';

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
  /** Whether processing has ended (result ready or returned, not accepted, withdrawn, stopped). */
  finished: boolean;
}

const STATUSES: readonly StatusPresentation[] = [
  { code: 1, key: 'registered', icon: 'inbox', tone: 'neutral', finished: false },
  { code: 2, key: 'received', icon: 'check-in', tone: 'progress', finished: false },
  { code: 3, key: 'rejected', icon: 'ban', tone: 'stopped', finished: true },
  { code: 4, key: 'processing', icon: 'cog', tone: 'progress', finished: false },
  { code: 5, key: 'supplement-requested', icon: 'document-plus', tone: 'attention', finished: false },
  { code: 6, key: 'payment-requested', icon: 'coin', tone: 'attention', finished: false },
  { code: 7, key: 'withdrawn', icon: 'undo', tone: 'stopped', finished: true },
  { code: 8, key: 'stopped', icon: 'pause', tone: 'stopped', finished: true },
  { code: 9, key: 'processed', icon: 'check', tone: 'success', finished: true },
  { code: 10, key: 'returned', icon: 'hand-over', tone: 'success', finished: true },
];

const BY_KEY = new Map(STATUSES.map((status) => [status.key, status]));

/** The presentation of a national status by its machine key; `undefined` for a key this widget does not know. */
export function presentStatus(key: DossierStatusKey): StatusPresentation | undefined {
  return BY_KEY.get(key);
}

/** All 10 national statuses in their official order. */
export const NATIONAL_STATUSES: readonly StatusPresentation[] = STATUSES;
