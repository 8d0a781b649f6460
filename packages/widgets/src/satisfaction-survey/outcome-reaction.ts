import type { Problem } from '@hcc/sdk';
import type { DeliveryOutcome } from './delivery-outcome.js';
import type { Phase } from './result-view.js';
import type { FieldError } from './survey-form-model.js';

/**
 * What the widget does with an outcome of its answer: show a panel in place of the form (`submitted` also fires
 * `hcc-rating-submit` with that state), go back to the form with fields to fix, or nothing. `report` fires `hcc-error`.
 */
export type OutcomeReaction =
  | { kind: 'show'; phase: Exclude<Phase, 'form' | 'sending'>; submitted?: 'sent' | 'queued'; report?: true }
  | { kind: 'fix'; errors: FieldError[]; report: true }
  | { kind: 'none' };

/** Where the widget stands when an outcome arrives. */
export interface ReactionContext {
  /** The answer is already shown as stored to be sent. */
  queued: boolean;
  /** The citizen typed the verifier (a rating the page passed no verifier for), so a 404 means it is wrong. */
  typedVerifier: boolean;
}

export function reactionTo(outcome: DeliveryOutcome, context: ReactionContext): OutcomeReaction {
  switch (outcome.status) {
    case 'delivered':
      return { kind: 'show', phase: 'sent', submitted: 'sent' };
    case 'queued':
    case 'busy':
      return context.queued ? { kind: 'none' } : { kind: 'show', phase: 'queued', submitted: 'queued' };
    case 'already-rated':
      return { kind: 'show', phase: 'already-rated' };
    case 'invalid': {
      const errors = fieldErrorsFromProblem(outcome.problem);
      return { kind: 'fix', errors: errors.length > 0 ? errors : [{ field: 'form', reason: 'server' }], report: true };
    }
    case 'rejected':
      if (outcome.problem?.status === 404 && context.typedVerifier) {
        return { kind: 'fix', errors: [{ field: 'verifier', reason: 'not-found' }], report: true };
      }
      return { kind: 'show', phase: outcome.problem?.status === 409 ? 'not-finished' : 'failed', report: true };
  }
}

/**
 * The fields a 400 problem names, mapped to the form: `/overall` → `overall`, `/answers/staff` → `staff`,
 * `/comment` → `comment`, the `X-Verifier` header → `verifier`. Anything else is reported under `form`.
 */
export function fieldErrorsFromProblem(problem: Problem | undefined): FieldError[] {
  return (problem?.errors ?? []).map(({ in: where, name, detail }) => ({
    field: fieldOf(where, name),
    reason: 'server' as const,
    detail,
  }));
}

function fieldOf(where: string, name: string): string {
  if (where === 'header' && name.toLowerCase() === 'x-verifier') return 'verifier';
  const [head, id] = name.replace(/^\//, '').split('/');
  if (head === 'answers' && id) return id;
  if (head === 'overall' || head === 'comment') return head;
  return 'form';
}
