/**
 * Everything the tracker needs once a dossier is found, loaded on the first look-up together with the request: the
 * result (summary, timeliness, status icons, timeline, rating invitation, their words) and what announces its
 * changes. A page that only shows the look-up form never downloads it.
 */
import { resultStrings } from './dossier-result.strings.js';

export { findChanges } from './dossier-changes.js';
export { renderDossierResult } from './dossier-result.js';
export { findRatingTarget, handVerifierToSurveys, openSurvey } from './rating-invitation.js';
export { presentTimeliness } from './timeliness-presentation.js';
export { changesAnnouncement, timelinessText } from './tracker-messages.js';

/** What the result view brings to the tracker when it first arrives: its words. */
export const piece = { strings: resultStrings };
