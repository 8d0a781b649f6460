/**
 * `<hcc-satisfaction-survey>`: import this module to register the element (registering twice is harmless).
 * @module
 */
import { HccSatisfactionSurvey } from './satisfaction-survey/satisfaction-survey.js';
import { defineElement } from './shared/define-element.js';

export { HccSatisfactionSurvey };
export type { RatingSubmitDetail } from './satisfaction-survey/survey-events.js';

defineElement('hcc-satisfaction-survey', HccSatisfactionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'hcc-satisfaction-survey': HccSatisfactionSurvey;
  }
}
