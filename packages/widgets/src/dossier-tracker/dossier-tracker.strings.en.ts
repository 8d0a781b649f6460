import type { Message } from '../shared/i18n.js';
import type { TrackerOwnStringKey } from './dossier-tracker.strings.js';

/** English, loaded the first time the tracker speaks it (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  title: 'Track a dossier',
  intro: 'Enter the dossier code and the last 4 digits of the phone number on your receipt and appointment slip.',
  'field.code': 'Dossier code',
  'field.code.help':
    'Printed on the receipt, for example 000.00.14.H56-250612-0118. You can also paste the link from the receipt’s QR code.',
  'field.verifier': 'Last 4 digits of phone number',
  'field.verifier.help': 'The last four digits of the phone number on the receipt, for example 4821.',
  submit: 'Track',
  'problem.code.empty': 'Enter the dossier code.',
  'problem.code.too-short': 'The dossier code is too short. A dossier code looks like 000.00.14.H56-250612-0118.',
  'problem.code.bad-format':
    'The dossier code is not in the right form. It has the agency code, the receipt date (6 digits) and a number, for example 000.00.14.H56-250612-0118.',
  'problem.code.bad-date':
    'The receipt date in the code (the 6 digits in the middle, year month day) is not a real date. Check the code on your receipt.',
  'problem.verifier.empty': 'Enter the last 4 digits of the phone number.',
  'problem.verifier.not-four-digits': 'Enter exactly 4 digits, for example 4821.',
  loading: 'Looking up the dossier…',
  'failure.not-found': 'No dossier matches this code and these 4 digits. Please check both against your receipt.',
  'failure.locked': {
    zero: 'Too many unsuccessful attempts. Please try again in a few minutes.',
    one: 'Too many unsuccessful attempts. Please try again in {count} minute.',
    other: 'Too many unsuccessful attempts. Please try again in {count} minutes.',
  },
  'failure.offline': 'This device is offline. Check the connection, then select “Try again”.',
  'failure.network': 'The service could not be reached. Please try again.',
  'failure.unavailable': 'The service is busy or under maintenance. Please try again in a few minutes.',
  'failure.invalid': 'The dossier code or the 4 digits are not valid.',
  'failure.unexpected': 'Something went wrong. Please try again.',
} satisfies Record<TrackerOwnStringKey, Message>;
