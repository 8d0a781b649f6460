import type { DossierStep } from '@hcc/sdk';

/** One processing step as the timeline shows it. */
export interface TimelineItem {
  name: string;
  /** The unit in charge of the step. */
  unit: string;
  state: DossierStep['state'];
  /** The date that matters for the state: when a done step finished, when the current one started; else `null`. */
  date: string | null;
}

/** The processing steps in order, with at most one current step (the one `aria-current="step"` marks). */
export interface TimelineModel {
  items: TimelineItem[];
  doneCount: number;
}

/**
 * Builds the timeline from the dossier's steps. Should the API ever mark several steps current, only the first
 * keeps that mark, so assistive technology hears about one current step.
 */
export function buildTimeline(steps: readonly DossierStep[]): TimelineModel {
  const currentIndex = steps.findIndex((step) => step.state === 'current');
  const items = steps.map((step, index): TimelineItem => {
    const state = step.state === 'current' && index !== currentIndex ? 'pending' : step.state;
    return { name: step.name, unit: step.unit, state, date: dateFor(step, state) };
  });
  return { items, doneCount: items.filter((item) => item.state === 'done').length };
}

function dateFor(step: DossierStep, state: DossierStep['state']): string | null {
  if (state === 'done') return step.finishedAt ?? step.startedAt ?? null;
  if (state === 'current') return step.startedAt ?? null;
  return null;
}
