import type { OverallRating, RatingInput, SurveyForm, SurveyQuestion } from '@hcc/sdk';
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

/** Every problem with the draft, in the order the fields appear on the form. */
export function validateDraft(form: SurveyForm, draft: SurveyDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.overall) errors.push({ field: 'overall', reason: 'required' });
  for (const question of visibleQuestions(form, draft.overall)) {
    if (question.required && !hasAnswer(draft.answers[question.id]))
      errors.push({ field: question.id, reason: 'required' });
  }
  if (commentLength(draft.comment) > form.comment.maxLength) errors.push({ field: 'comment', reason: 'too-long' });
  return errors;
}

/**
 * The request body for a valid draft (one with an overall rating, see {@link validateDraft}): only the questions still visible (an answer to "what went wrong" is dropped
 * when the citizen changed their mind to "satisfied"), only known option values, the comment trimmed.
 */
export function toRatingInput(form: SurveyForm, draft: SurveyDraft): RatingInput {
  const answers: Record<string, string | string[]> = {};
  for (const question of visibleQuestions(form, draft.overall)) {
    const known = new Set(question.options.map((option) => option.value));
    const answer = draft.answers[question.id];
    if (question.kind === 'multiple' && Array.isArray(answer)) {
      const chosen = answer.filter((value) => known.has(value));
      if (chosen.length > 0) answers[question.id] = chosen;
    } else if (typeof answer === 'string' && known.has(answer)) {
      answers[question.id] = answer;
    }
  }
  const comment = draft.comment.normalize('NFC').trim();
  return {
    overall: draft.overall as OverallRating,
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    ...(comment ? { comment } : {}),
    channel: 'web',
  };
}

/** Reads the verifier field, reporting an empty one as a missing required field like the form's others. */
export function readVerifier(raw: string): { ok: true; verifier: string } | { ok: false; reason: FieldErrorReason } {
  const read = readVerifierDigits(raw);
  if (read.ok) return read;
  return { ok: false, reason: read.reason === 'empty' ? 'required' : read.reason };
}

function hasAnswer(answer: string | string[] | undefined): boolean {
  return Array.isArray(answer) ? answer.length > 0 : Boolean(answer);
}
