import type { Dossier } from '@hcc/sdk';

/**
 * What the on-time line says. The API computes the state with the SDK's working-day rules; this module only chooses
 * words for it and never counts days itself.
 */
export type TimelinessMessage =
  | { kind: 'days-left'; days: number }
  | { kind: 'due-today' }
  | { kind: 'overdue'; days: number | null; repeatedSupplement: boolean }
  | { kind: 'on-time' }
  | { kind: 'early' }
  | { kind: 'late'; days: number | null; repeatedSupplement: boolean }
  | { kind: 'paused'; requested: string | null; requestedAt: string | null };

/** The tone of the on-time line; its words and icon carry the meaning too. */
export type TimelinessTone = 'neutral' | 'attention' | 'success' | 'danger';

/** How the on-time state of a dossier is shown. */
export interface TimelinessPresentation {
  message: TimelinessMessage;
  tone: TimelinessTone;
  icon: 'clock' | 'pause' | 'check' | 'alert';
  /** The due date moved by the days spent waiting for a supplement, when it differs from the appointment date. */
  movedDueDate: string | null;
}

/**
 * Presents the dossier's `timeliness` as the API computed it. A withdrawn dossier has no on-time line: the
 * applicant ended it, so neither "on time" nor "late" would be true.
 */
export function presentTimeliness(dossier: Dossier): TimelinessPresentation | null {
  if (dossier.status.key === 'withdrawn') return null;
  const { timeliness } = dossier;
  const movedDueDate = timeliness.effectiveDueDate !== dossier.appointmentDate ? timeliness.effectiveDueDate : null;
  if (timeliness.pausedForSupplement) {
    const open = openSupplement(dossier);
    return {
      message: { kind: 'paused', requested: open?.reason ?? null, requestedAt: open?.requestedAt ?? null },
      tone: 'attention',
      icon: 'pause',
      movedDueDate,
    };
  }
  switch (timeliness.state) {
    case 'pending': {
      const days = timeliness.workingDaysLeft ?? 0;
      const message: TimelinessMessage = days > 0 ? { kind: 'days-left', days } : { kind: 'due-today' };
      return { message, tone: 'neutral', icon: 'clock', movedDueDate };
    }
    case 'overdue':
    case 'late': {
      const message: TimelinessMessage = {
        kind: timeliness.state,
        days: daysLate(dossier),
        repeatedSupplement: timeliness.lateReason === 'repeated-supplement',
      };
      return { message, tone: 'danger', icon: 'alert', movedDueDate };
    }
    case 'early':
      return { message: { kind: 'early' }, tone: 'success', icon: 'check', movedDueDate };
    case 'on-time':
      return { message: { kind: 'on-time' }, tone: 'success', icon: 'check', movedDueDate };
  }
}

/** The supplement request the applicant has not answered yet (the latest one, if the API lists several). */
function openSupplement(dossier: Dossier): Dossier['supplements'][number] | undefined {
  return dossier.supplements.filter((request) => request.resumedAt === null).at(-1);
}

// `null` when there are no days to count (late for repeated supplements, or not counted by the API): the line then
// says "late" without a number rather than "late by 0 days".
function daysLate(dossier: Dossier): number | null {
  const days = dossier.timeliness.workingDaysLate;
  return days === undefined || days === 0 ? null : days;
}
