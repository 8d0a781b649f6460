/**
 * What the rating form does on submit: check the draft, and turn a valid one into the request body. Loaded with the
 * outbox (`after-answer.ts`), which is here before any answer can be checked or sent.
 */

import type { OverallRating, RatingInput, SurveyForm } from '@hcc/sdk';
import type { RatingAnswer } from './rating-form-view.js';
import {
  type FieldError,
  type SurveyDraft,
  commentLength,
  readVerifier,
  visibleQuestions,
} from './survey-form-model.js';

/** What a submit of the rating form gives: the rating to send, or what to fix. */
export type RatingCheck = { ok: true; answer: RatingAnswer } | { ok: false; errors: FieldError[] };

/**
 * Checks a submitted rating: the verifier (typed, or the page's), then the draft's fields in the order they appear.
 * Without a well-formed dossier code there is nothing to send (the form is not shown then), and nothing to fix.
 */
export function checkRating(
  form: SurveyForm,
  draft: SurveyDraft,
  submitted: { verifier: string; dossierCode: string | undefined },
): RatingCheck {
  const verifier = readVerifier(submitted.verifier);
  const errors: FieldError[] = verifier.ok ? [] : [{ field: 'verifier', reason: verifier.reason }];
  errors.push(...validateDraft(form, draft));
  if (errors.length > 0 || !verifier.ok || !submitted.dossierCode) return { ok: false, errors };
  const rating = toRatingInput(form, draft);
  return {
    ok: true,
    answer: { kind: 'rating', dossierCode: submitted.dossierCode, verifier: verifier.verifier, rating },
  };
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

function hasAnswer(answer: string | string[] | undefined): boolean {
  return Array.isArray(answer) ? answer.length > 0 : Boolean(answer);
}
