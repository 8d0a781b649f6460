import type { DossierCodeFailure, DossierStatusKey } from '@hcc/sdk';
import { formatDate } from '../shared/format.js';
import type { Translate } from '../shared/i18n.js';
import type { DossierChange } from './dossier-changes.js';
import type { TrackerStringKey } from './dossier-tracker.strings.js';
import type { VerifierFailure } from '../shared/dossier-input.js';
import type { LookupFailure } from './lookup-failure.js';
import type { TimelinessPresentation } from './timeliness-presentation.js';

type T = Translate<TrackerStringKey>;

/** The national status in plain words. */
export function statusText(key: DossierStatusKey, t: T): string {
  return t(`status.${key}`);
}

/** What is wrong with the dossier-code field. */
export function codeProblemText(reason: DossierCodeFailure, t: T): string {
  return t(`problem.code.${reason}`);
}

/** What is wrong with the verifier field. */
export function verifierProblemText(reason: VerifierFailure, t: T): string {
  return t(`problem.verifier.${reason}`);
}

/** Why the look-up failed, in one sentence; the same sentence for an unknown code and a wrong verifier. */
export function failureText(failure: LookupFailure, t: T): string {
  if (failure.kind === 'locked') {
    return failure.waitMinutes === null
      ? t('failure.locked')
      : t('failure.locked.wait', { count: failure.waitMinutes });
  }
  return t(`failure.${failure.kind}`);
}

/** The headline of the on-time line: "Còn 3 ngày làm việc", "Đúng hạn", "Trễ hạn 2 ngày làm việc"… */
export function timelinessText({ kind, days }: Pick<TimelinessPresentation, 'kind' | 'days'>, t: T): string {
  return t(`timeliness.${kind}`, { count: days });
}

/**
 * What a screen reader hears after "Check again" or a poll: each change in one polite sentence, or "no changes".
 * `timeliness` is the new on-time headline, for a change of the on-time state alone.
 */
export function changesAnnouncement(changes: readonly DossierChange[], timeliness: string, t: T): string {
  if (changes.length === 0) return t('announce.unchanged');
  return changes.map((change) => changeSentence(change, timeliness, t)).join(' ');
}

function changeSentence(change: DossierChange, timeliness: string, t: T): string {
  switch (change.kind) {
    case 'status':
      return t('announce.status', { status: statusText(change.to, t) });
    case 'step':
      return t('announce.step', { step: change.name });
    case 'supplement-requested':
      return t('announce.supplement', { reason: change.reason });
    case 'timeliness':
      return t('announce.timeliness', { timeliness });
  }
}

/** A calendar date or a date-time as the receipt prints it (`dd/MM/yyyy`). */
export function dateText(value: string | null | undefined): string {
  return value ? formatDate(value) : '';
}
