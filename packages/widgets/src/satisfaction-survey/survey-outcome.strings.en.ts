import type { Message } from '../shared/i18n.js';
import type { OutcomeStringKey } from './survey-outcome.strings.js';

/** English, loaded the first time an outcome is shown in English (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  'errors.title': 'There is a problem',
  'error.overall.required': 'Choose how satisfied you are.',
  'error.question.required': 'Answer: {label}.',
  'error.comment.too-long': 'The comment must be {max} characters or fewer.',
  'error.verifier.required': 'Enter the last 4 digits of your phone number.',
  'error.verifier.not-four-digits': 'Enter exactly 4 digits.',
  'error.verifier.not-found': 'The dossier code and these 4 digits do not match. Please check them.',
  'error.field.server': '{label}: this answer was not accepted.',
  'error.form.server': 'Some of the information was not accepted. Please check it.',
  'field.comment': 'Comment',
  'comment.personalData': 'This seems to contain {kinds}. Please remove it before sending.',
  'personal.phone': 'a phone number',
  'personal.id-number': 'an ID number',
  'personal.email': 'an email address',
  'personal.and': ' and ',
  'sent.title': 'Thank you for your rating',
  'sent.next':
    'Your rating has reached the Public Administration Service Centre and counts in the satisfaction figures published every month. If you were dissatisfied, the agency that handled your dossier will look into it.',
  'queued.title': 'Rating saved; it will be sent when the connection is back',
  'queued.detail':
    'It is kept on this device and sent automatically when the network is back or when you open this page again.',
  'memory.title': 'Not sent yet — please keep this page open',
  'memory.detail':
    'Your browser does not allow keeping it on this device: it is kept only while this page stays open, and sent when the network is back. Closing or reloading the page before then loses it.',
  'queued.sendNow': 'Send now',
  'already.title': 'This dossier has already been rated',
  'already.detail': 'Each dossier can be rated once. Thank you for taking the time.',
  'notFinished.title': 'This dossier cannot be rated yet',
  'notFinished.detail': 'You can rate it once it has been processed.',
  'feedback.sent': 'Thank you for your feedback.',
  'feedback.sentDetail': 'It helps us improve this page.',
  'feedback.queued': 'Feedback saved; it will be sent when the connection is back.',
} satisfies Record<OutcomeStringKey, Message>;
