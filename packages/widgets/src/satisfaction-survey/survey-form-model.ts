import type { OverallRating, SurveyForm, SurveyQuestion } from '@hcc/sdk';
import { readVerifier as readVerifierDigits } from '../shared/dossier-input.js';

/** What the citizen has chosen and typed so far. */
export interface SurveyDraft {
  overall: OverallRating | undefined;
  /** By question id: one option value, or several for `multiple` questions. */
  answers: Record<string, string | string[]>;
  comment: string;
}

/**
 * Why a field cannot be sent. `not-found` is the verifier the server did not match with the dossier; `server` carries
 * the server's own words in `detail`.
 */
export type FieldErrorReason = 'required' | 'too-long' | 'not-four-digits' | 'not-found' | 'server';

/** One invalid field: `overall`, `comment`, `verifier` or a question id. */
export interface FieldError {
  field: string;
  reason: FieldErrorReason;
  detail?: string;
}

/** A draft with nothing chosen. */
export function emptyDraft(): SurveyDraft {
  return { overall: undefined, answers: {}, comment: '' };
}

/** The questions to ask for this overall rating: those without `showWhen`, and those whose `showWhen` matches. */
export function visibleQuestions(form: SurveyForm, overall: OverallRating | undefined): SurveyQuestion[] {
  return form.questions.filter((question) => {
    const when = question.showWhen?.overall;
    return !when || (overall !== undefined && when.includes(overall));
  });
}

/**
 * The comment's length as the server counts it (JSON Schema `maxLength` counts characters, not UTF-16 units), after
 * NFC so a Vietnamese letter typed as base + combining marks counts once.
 */
export function commentLength(comment: string): number {
  return [...comment.normalize('NFC')].length;
}

/** The draft with one option ticked or unticked: radios replace the answer, checkboxes add to it or take from it. */
export function withChoice(draft: SurveyDraft, question: SurveyQuestion, value: string, checked: boolean): SurveyDraft {
  if (question.kind !== 'multiple') return { ...draft, answers: { ...draft.answers, [question.id]: value } };
  const current = ([] as string[]).concat(draft.answers[question.id] ?? []).filter((chosen) => chosen !== value);
  return { ...draft, answers: { ...draft.answers, [question.id]: checked ? [...current, value] : current } };
}

/** Reads the verifier field, reporting an empty one as a missing required field like the form's others. */
export function readVerifier(raw: string): { ok: true; verifier: string } | { ok: false; reason: FieldErrorReason } {
  const read = readVerifierDigits(raw);
  if (read.ok) return read;
  return { ok: false, reason: read.reason === 'empty' ? 'required' : read.reason };
}
