import type { Dossier, DossierStatusKey } from '@hcc/sdk';

/**
 * Something about a dossier that changed between two look-ups, worth a polite announcement: a new status, a new
 * current step, a new supplement request with what was requested, or (nothing else) a new on-time state.
 */
export type DossierChange =
  | { kind: 'status'; to: DossierStatusKey }
  | { kind: 'step'; step: string }
  | { kind: 'supplement'; reason: string }
  | { kind: 'timeliness' };

/**
 * Compares the dossier as shown with the dossier just fetched (a "Check again" or a poll) and lists what a citizen
 * would want to hear about, most important first. An empty list means nothing to announce.
 */
export function findChanges(before: Dossier, after: Dossier): DossierChange[] {
  if (before.code !== after.code) return [];
  const changes: DossierChange[] = [];
  if (before.status.key !== after.status.key) {
    changes.push({ kind: 'status', to: after.status.key });
  }
  const stepBefore = currentStepName(before);
  const stepAfter = currentStepName(after);
  if (stepAfter !== null && stepAfter !== stepBefore) changes.push({ kind: 'step', step: stepAfter });
  for (const request of after.supplements.slice(before.supplements.length)) {
    changes.push({ kind: 'supplement', reason: request.reason });
  }
  if (changes.length === 0 && timelinessKey(before) !== timelinessKey(after)) changes.push({ kind: 'timeliness' });
  return changes;
}

function currentStepName(dossier: Dossier): string | null {
  return dossier.steps.find((step) => step.state === 'current')?.name ?? null;
}

function timelinessKey({ timeliness }: Dossier): string {
  return [
    timeliness.state,
    timeliness.workingDaysLeft ?? '',
    timeliness.workingDaysLate ?? '',
    timeliness.pausedForSupplement,
  ].join('|');
}
