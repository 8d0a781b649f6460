/**
 * What the survey needs once the citizen starts answering, loaded with a dynamic `import()` (see `DeliveryLoader`):
 * the outbox that stores and sends answers, the reaction to each of their outcomes, the panels that then replace the
 * form with their strings, and the `hcc-rating-submit` detail. A page where nobody answers never downloads it.
 */
export { AnswerDelivery } from './answer-delivery.js';
export { outcomePanel } from './outcome-panel.js';
export { reactionTo } from './outcome-reaction.js';
export { ratingSubmitDetail } from './survey-events.js';
export { outcomeStrings } from './survey-outcome.strings.js';
