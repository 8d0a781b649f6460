import type { Message } from './i18n.js';
import type { SharedStringKey } from './shared.strings.js';

/** English, loaded the first time a widget speaks it (`lang="en"`). Same keys as the Vietnamese table. */
export default {
  loading: 'Loading…',
  retry: 'Try again',
  'error.title': 'The data could not be loaded',
  'error.notFound': 'The requested information was not found.',
  'error.tooManyRequests': 'Too many attempts. Please try again later.',
  'error.tooManyRequestsWait': {
    one: 'Too many attempts. Please try again in {count} second.',
    other: 'Too many attempts. Please try again in {count} seconds.',
  },
  'error.unavailable': 'The service is busy or under maintenance. Please try again in a few minutes.',
  'error.unavailableWait': {
    one: 'The service is busy or under maintenance. Please try again in {count} second.',
    other: 'The service is busy or under maintenance. Please try again in {count} seconds.',
  },
  'error.timeout': 'The server took too long to answer. Please try again.',
  'error.invalid': 'The information sent was not valid.',
  'error.server': 'The service ran into a problem. Please try again later.',
  'error.unknown': 'Something went wrong. Please try again.',
  'error.config': 'This widget is not set up correctly. Please contact the website administrator.',
  'offline.title': 'No network connection',
  'offline.detail': 'Please check your Internet connection and try again.',
  'empty.title': 'Nothing to show',
} satisfies Record<SharedStringKey, Message>;
