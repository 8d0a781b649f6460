import type { DossierStatusKey } from '@hcc/sdk';
import type { DossierChange } from './dossier-changes.js';
import type { TrackerTranslate } from './dossier-tracker.strings.js';
import type { LookupFailure } from './lookup-failure.js';
import type { TimelinessPresentation } from './timeliness-presentation.js';

type T = TrackerTranslate;

/** The national status in plain words. */
export function statusText(key: DossierStatusKey, t: T): string {
  return t(`status.${key}`);
}

/** Why the look-up failed, in one sentence; the same sentence for an unknown code and a wrong verifier. */
export function failureText(failure: LookupFailure, t: T): string {
  return t(`failure.${failure.kind}`, { count: failure.kind === 'locked' ? failure.waitMinutes : 0 });
}

/** The headline of the on-time line: "Còn 3 ngày làm việc", "Đúng hạn", "Trễ hạn 2 ngày làm việc"… */
export function timelinessText({ kind, days }: Pick<TimelinessPresentation, 'kind' | 'days'>, t: T): string {
  return t(`timeliness.${kind}`, { count: days });
}

/**
 * What a screen reader hears after "Check again" or a poll: each change in one polite sentence
 * (`announce.KIND`, filled from the change's own fields), or "no changes". `timeliness` is the new on-time headline,
 * for a change of the on-time state alone.
 */
export function changesAnnouncement(changes: readonly DossierChange[], timeliness: string, t: T): string {
  if (changes.length === 0) return t('announce.unchanged');
  return changes
    .map((change) => {
      const status = change.kind === 'status' ? statusText(change.to, t) : '';
      return t(`announce.${change.kind}`, { ...change, status, timeliness });
    })
    .join(' ');
}
