import type { FeedbackInput } from '@hcc/sdk';
import { FEEDBACK_COMMENT_MAX_LENGTH } from './feedback-limit.js';
import { commentLength } from './survey-form-model.js';

/** What can go wrong with a page, as the API names it. */
export const FEEDBACK_REASONS = [
  'hard-to-understand',
  'incomplete',
  'outdated',
  'not-found',
  'technical-problem',
  'other',
] as const satisfies readonly NonNullable<FeedbackInput['reasons']>[number][];

export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export { FEEDBACK_COMMENT_MAX_LENGTH };

/** The page feedback being written: "useful?" answered, then, when not useful, what went wrong. */
export interface FeedbackDraft {
  useful: boolean | undefined;
  reasons: FeedbackReason[];
  comment: string;
}

export function emptyFeedbackDraft(): FeedbackDraft {
  return { useful: undefined, reasons: [], comment: '' };
}

/** The draft with `reason` ticked or unticked; ticked reasons keep the order they were chosen in. */
export function withReason(draft: FeedbackDraft, reason: FeedbackReason, checked: boolean): FeedbackDraft {
  const rest = draft.reasons.filter((chosen) => chosen !== reason);
  return { ...draft, reasons: checked ? [...rest, reason] : rest };
}

/**
 * The page's address as it is sent: origin and path only. The query and fragment are left out because they can hold
 * personal data (a dossier code in `?ma-ho-so=`, a search typed by the citizen).
 */
export function pageUrlForFeedback(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`.slice(0, 2000);
}

/** The request body: reasons and comment only for a page that was not useful; nothing that identifies the citizen. */
export function toFeedbackInput(draft: FeedbackDraft, context: { href: string; lang: 'vi' | 'en' }): FeedbackInput {
  const useful = draft.useful === true;
  const comment = useful ? '' : draft.comment.normalize('NFC').trim();
  return {
    useful,
    ...(!useful && draft.reasons.length > 0
      ? { reasons: FEEDBACK_REASONS.filter((r) => draft.reasons.includes(r)) }
      : {}),
    ...(comment ? { comment } : {}),
    pageUrl: pageUrlForFeedback(context.href),
    lang: context.lang,
  };
}

/** True when the comment is longer than the API takes. */
export function feedbackCommentTooLong(draft: FeedbackDraft): boolean {
  return commentLength(draft.comment) > FEEDBACK_COMMENT_MAX_LENGTH;
}
