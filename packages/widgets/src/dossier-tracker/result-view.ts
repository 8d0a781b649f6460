/**
 * Everything the tracker needs once a dossier is found, loaded on the first look-up together with the request: the
 * result (summary, timeliness, status icons, timeline, rating invitation, their words) and what announces its changes. A page
 * that only shows the look-up form never downloads it.
 */
export { findChanges } from './dossier-changes.js';
export { resultStrings } from './dossier-result.strings.js';
export { renderDossierResult } from './dossier-result.js';
export { findRatingTarget, handVerifierToSurveys, openSurvey } from './rating-invitation.js';
export { presentTimeliness } from './timeliness-presentation.js';
export { changesAnnouncement, timelinessText } from './tracker-messages.js';
