import type { Dossier } from '@hcc/sdk';

/** The tone of the on-time line; its words and icon carry the meaning too. */
export type TimelinessTone = 'neutral' | 'attention' | 'success' | 'danger';

/** What the on-time line says: working days left, overdue, late, early, on time, or paused for a supplement. */
export type TimelinessKind = 'days-left' | 'overdue' | 'late' | 'early' | 'on-time' | 'paused';

/** How the on-time state of a dossier is shown. */
export interface TimelinessPresentation {
  kind: TimelinessKind;
  /**
   * The working days left (`days-left`), late (`overdue`, `late`) or early (`early`). 0 when there are none to count:
   * the line then says "due today" or "returned late" without a number, never "0 days".
   */
  days: number;
  /** The colour and icon (`timelinessIcons[tone]`) of the line. */
  tone: TimelinessTone;
  /** Late (or overdue) because the applicant was asked for supplements more than once. */
  repeatedSupplement: boolean;
  /** While paused: the supplement request the applicant has not answered yet (the latest, if several). */
  supplement: Dossier['supplements'][number] | undefined;
  /** The due date moved by the days spent waiting for a supplement, when it differs from the appointment date. */
  movedDueDate: string | null;
}

const TONES: Record<TimelinessKind, TimelinessTone> = {
  'days-left': 'neutral',
  overdue: 'danger',
  late: 'danger',
  early: 'success',
  'on-time': 'success',
  paused: 'attention',
};

/** The working days the line counts, as the API gave them: left, early, or late. */
function countedDays({ timeliness }: Dossier, kind: TimelinessKind): number {
  if (kind === 'days-left') return timeliness.workingDaysLeft ?? 0;
  if (kind === 'early') return timeliness.workingDaysEarly ?? 0;
  return timeliness.workingDaysLate ?? 0;
}

/**
 * Presents the dossier's `timeliness` as the API computed it with the SDK's working-day rules; this module only
 * chooses how to show it and never counts days itself. A withdrawn dossier has no on-time line: the applicant ended
 * it, so neither "on time" nor "late" would be true.
 */
export function presentTimeliness(dossier: Dossier): TimelinessPresentation | null {
  if (dossier.status.key === 'withdrawn') return null;
  const { timeliness } = dossier;
  const paused = timeliness.pausedForSupplement;
  const kind = paused ? 'paused' : timeliness.state === 'pending' ? 'days-left' : timeliness.state;
  const tone = TONES[kind];
  return {
    kind,
    days: Math.max(0, countedDays(dossier, kind)),
    tone,
    repeatedSupplement: tone === 'danger' && timeliness.lateReason === 'repeated-supplement',
    supplement: paused ? dossier.supplements.filter((request) => request.resumedAt === null).at(-1) : undefined,
    movedDueDate: timeliness.effectiveDueDate !== dossier.appointmentDate ? timeliness.effectiveDueDate : null,
  };
}
