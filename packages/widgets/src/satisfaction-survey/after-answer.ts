/**
 * What the survey needs once the citizen starts answering, loaded with a dynamic `import()` (see `DeliveryLoader`):
 * the outbox that stores and sends answers (and where to), what screen readers hear about the comment, the rating
 * form's checks, the summary and messages of the fields to fix, the reaction to each outcome, the panels that then
 * replace the form, their strings and styles, and the `hcc-rating-submit` detail. A page where nobody answers never
 * downloads it.
 */
export { AnswerDelivery } from './answer-delivery.js';
export { answerRoute } from './answer-route.js';
export { CommentNotice } from './comment-notice.js';
export { focusField, renderErrorSummary } from './error-summary.js';
export { fieldErrorMessage } from './field-messages.js';
export { outcomePanel } from './outcome-panel.js';
export { personalDataMessage } from './personal-data-message.js';
export { reactionTo } from './outcome-reaction.js';
export { checkRating } from './rating-checks.js';
export { ratingSubmitDetail } from './survey-events.js';
export { outcomeStrings } from './survey-outcome.strings.js';
export { outcomeStyles } from './survey-outcome.styles.js';
