import type { Message } from '../shared/i18n.js';
import type { SurveyOwnStringKey } from './satisfaction-survey.strings.js';

/** English, loaded the first time a widget speaks it (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  title: 'Rate your satisfaction',
  'dossier.heading': 'Dossier {code}',
  'verifier.label': 'Last 4 digits of your phone number',
  'verifier.hint': "The applicant's phone number, as on the receipt and appointment slip.",
  optional: '(optional)',
  'comment.left': { one: '{count} character left', other: '{count} characters left' },
  'comment.over': { one: '{count} character too many', other: '{count} characters too many' },
  submit: 'Submit rating',
  sending: 'Sending…',
  'error.dossier': 'The dossier code “{code}” is not valid, so it cannot be rated.',
  'failed.title': 'The rating was not sent',
  'failed.back': 'Back to the survey',
  'empty.survey': 'There is no survey at the moment.',
  'feedback.failed': 'The feedback was not sent.',
} satisfies Record<SurveyOwnStringKey, Message>;
