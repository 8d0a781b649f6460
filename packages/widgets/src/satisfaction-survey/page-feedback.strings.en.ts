import type { Message } from '../shared/i18n.js';
import type { FeedbackStringKey } from './page-feedback.strings.js';

/** English, loaded the first time page feedback is shown in English (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  'feedback.question': 'Was this page useful?',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
  'feedback.reasons': 'What went wrong?',
  'feedback.reason.hard-to-understand': 'It was hard to understand',
  'feedback.reason.incomplete': 'Information is missing',
  'feedback.reason.outdated': 'Information is out of date',
  'feedback.reason.not-found': "I couldn't find what I was looking for",
  'feedback.reason.technical-problem': 'Something did not work',
  'feedback.reason.other': 'Something else',
  'feedback.comment': 'Tell us more',
  'feedback.warning': 'Do not include phone numbers, ID numbers or other personal data. We cannot reply to this.',
  'feedback.send': 'Send feedback',
} satisfies Record<FeedbackStringKey, Message>;
